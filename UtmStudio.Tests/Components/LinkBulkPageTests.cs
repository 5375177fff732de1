using System.Security.Claims;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Links.Bulk;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Components;

/// <summary>The bulk page with the real services over a real database: the matrix and a CSV import, as a team member.</summary>
public sealed class LinkBulkPageTests : MudTestBase, IClassFixture<TestDatabase>
{
    private static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(15);

    private readonly TestDatabase _database;
    private readonly AppServices _app;

    public LinkBulkPageTests(TestDatabase database)
    {
        _database = database;
        _app = new AppServices(database);
        AddAppServices(database);
    }

    [Fact]
    public async Task The_matrix_previews_every_combination_and_creates_the_valid_ones()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        SignIn(domain.Tom);
        var page = RenderInteractive<LinkBulkPage>(p => p.Add(x => x.Domain, domain.Name));
        page.WaitForAssertion(() => page.Find("[data-testid=bulk-title]"), DatabaseWait);

        page.Find("input[data-testid=matrix-landing-url]").Change($"https://{domain.Name}/launch");
        AddValues(page, "matrix-sources", "google");
        AddValues(page, "matrix-mediums", "cpc, email");

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=bulk-preview-table] tbody tr").Count), DatabaseWait);
        Assert.StartsWith("4 links (2 sources × 2 mediums)", page.Find("[data-testid=matrix-count]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Create 4 links", page.Find("[data-testid=matrix-create]").TextContent, StringComparison.Ordinal);

        await page.Find("[data-testid=matrix-create]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("4 links created.", page.Find("[data-testid=bulk-summary-text]").TextContent, StringComparison.Ordinal), DatabaseWait);
        await using var db = _database.CreateOwnerContext();
        Assert.Equal(4, await db.Links.CountAsync(l => l.CampaignId == domain.CampaignId));
    }

    [Fact]
    public async Task A_csv_with_a_bad_row_shows_the_row_error_imports_the_rest_and_offers_the_problems_to_download()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        SignIn(domain.Tom);
        var page = RenderInteractive<LinkBulkPage>(p => p.Add(x => x.Domain, domain.Name));
        page.WaitForAssertion(() => page.Find("[data-testid=bulk-title]"), DatabaseWait);
        var csv = $"url;source;medium\nhttps://{domain.Name}/a;newsletter;email\nhttps://{domain.Name}/b;newsletter;\n";

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv, "links.csv", null, "text/csv"));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=bulk-preview-table] tbody tr").Count), DatabaseWait);
        Assert.Contains("Enter utm_medium.", page.Find("[data-testid=bulk-row-errors]").TextContent, StringComparison.Ordinal);
        Assert.Contains("separated by semicolons", page.Find("[data-testid=bulk-file-info]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Import 1 valid row", page.Find("[data-testid=bulk-import]").TextContent, StringComparison.Ordinal);

        await page.Find("[data-testid=bulk-import]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("1 link created.", page.Find("[data-testid=bulk-summary-text]").TextContent, StringComparison.Ordinal), DatabaseWait);
        await page.Find("[data-testid=bulk-download-problems]").ClickAsync(new());
        var download = Assert.Single(JSInterop.Invocations["utmStudio.download.save"]);
        Assert.Equal("links-not-created.csv", download.Arguments[0]);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_what_to_do_before_it_is_read()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        SignIn(domain.Tom);
        var page = RenderInteractive<LinkBulkPage>(p => p.Add(x => x.Domain, domain.Name));
        page.WaitForAssertion(() => page.Find("[data-testid=bulk-title]"), DatabaseWait);

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[BulkCsvReader.MaxBytes + 1], "huge.csv", null, "text/csv"));

        page.WaitForAssertion(() => Assert.Contains("larger than 5 MB", page.Find("[data-testid=bulk-file-problem]").TextContent, StringComparison.Ordinal), DatabaseWait);
        Assert.NotNull(page.Find("[data-testid=bulk-upload]"));
    }

    private static void AddValues(IRenderedComponent<LinkBulkPage> page, string testId, string typed)
    {
        var input = page.Find($"input[data-testid={testId}-input]");
        input.Input(typed);
        page.Find($"input[data-testid={testId}-input]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
    }

    private void SignIn(Guid userId) =>
        AddAuthorization().SetAuthorized("someone").SetClaims(new Claim(AppClaims.UserId, userId.ToString()));
}
