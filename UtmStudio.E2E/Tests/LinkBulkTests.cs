using System.Text;
using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>A marketer imports a CSV with bad rows: the preview marks each row's problem, the valid rows are created,
/// and the export then holds exactly them.</summary>
[Collection(AppCollection.Name)]
public sealed class LinkBulkTests(AppFixture app)
{
    private const string Domain = "bulk-co.test";

    [Fact]
    public async Task A_csv_with_bad_rows_shows_each_rows_problem_imports_the_rest_and_the_export_lists_them()
    {
        await using var kim = await app.NewPersonAsync();
        var page = await kim.SignInAsync("kim@" + Domain);
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync(Domain);
        await page.OpenAsync($"/d/{Domain}/campaigns");
        var dialog = await page.OpenCampaignDialogAsync();
        await dialog.GetByTestId("campaign-name").FillAsync("Autumn Launch");
        await dialog.GetByTestId("campaign-source").FillAsync("newsletter");
        await dialog.GetByTestId("campaign-objective").FillAsync("sales");
        await dialog.GetByTestId("campaign-save").ClickAsync();
        await Expect(page.GetByTestId("campaign-dialog")).ToHaveCountAsync(0);
        var campaignId = await page.GetByTestId("campaign-card").Filter(new() { HasText = "Autumn Launch" }).GetAttributeAsync("data-campaign-id");

        await page.OpenAsync($"/d/{Domain}/links/bulk?campaign={campaignId}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Import CSV" }).ClickAsync();
        var csv = $"""
            landing_url,utm_source,utm_medium,utm_content
            https://{Domain}/autumn,newsletter,email,header
            https://{Domain}/autumn,linkedin,paid_social,carousel
            https://evil.test/autumn,newsletter,email,footer
            https://{Domain}/autumn,google,,text_ad
            """;
        // Through the button, as a user picks a file: setting the hidden input directly could beat Blazor's InputFile
        // attaching its change listener (its first render's interop call), and the file was then silently ignored.
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByTestId("bulk-choose-file").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload
        {
            Name = "autumn-links.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });

        await Expect(page.GetByTestId("bulk-count-ready")).ToHaveTextAsync("2 ready");
        await Expect(page.GetByTestId("bulk-count-rejected")).ToHaveTextAsync("2 with problems");
        var errors = page.GetByTestId("bulk-row-errors");
        await Expect(errors.Filter(new() { HasText = $"Links of {Domain} go to {Domain}" })).ToHaveCountAsync(1);
        await Expect(errors.Filter(new() { HasText = "Enter utm_medium." })).ToHaveCountAsync(1);
        await page.ScreenshotAsync("bulk-import-preview");
        await page.AssertNoSeriousViolationsAsync("the CSV import preview");

        await page.GetByTestId("bulk-import").ClickAsync();
        await Expect(page.GetByTestId("bulk-summary-text")).ToContainTextAsync("2 links created.");
        await Expect(page.GetByTestId("bulk-summary-text")).ToContainTextAsync("2 rejected");
        await page.ScreenshotAsync("bulk-import-summary");

        var export = await page.APIRequest.GetAsync($"/d/{Domain}/links/export.csv");
        Assert.Equal(200, export.Status);
        var lines = (await export.TextAsync()).TrimStart('\uFEFF').Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains(lines, l => l.StartsWith($"https://{Domain}/autumn?utm_source=newsletter&utm_medium=email&utm_campaign=autumn_launch&utm_content=header,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"https://{Domain}/autumn?utm_source=linkedin&utm_medium=paid_social&utm_campaign=autumn_launch&utm_content=carousel,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("evil.test", StringComparison.Ordinal) || l.Contains("text_ad", StringComparison.Ordinal));
    }
}
