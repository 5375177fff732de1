using Bunit;
using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Bulk;
using UtmStudio.Features.Links.Conventions;

namespace UtmStudio.Tests.Components;

/// <summary>The bulk preview table: each row's link and channel, and every problem of a row that will not be created.</summary>
public sealed class BulkPreviewTableTests : MudTestBase
{
    private static readonly CampaignUtm Campaign = new(Guid.NewGuid(), "Spring Sale", "spring_sale", null);

    [Fact]
    public void Ready_rows_show_their_link_and_channel_and_rejected_rows_list_each_of_their_problems()
    {
        var preview = Preview(
            new BulkInputRow(2, "https://acme.test/a", "google", "cpc"),
            new BulkInputRow(3, "https://evil.test/a", "newsletter", ""),
            new BulkInputRow(4, "https://acme.test/a", "google", "cpc"));

        var table = Render<BulkPreviewTable>(p => p.Add(t => t.Preview, preview));

        var rows = table.FindAll("tbody tr");
        Assert.Equal(["2", "3", "4"], table.FindAll("[data-testid=bulk-row-number]").Select(c => c.TextContent));
        Assert.Equal("https://acme.test/a?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale", rows[0].QuerySelector("[data-testid=bulk-row-url]")!.TextContent);
        Assert.Equal("Paid Search", rows[0].QuerySelector("[data-testid=bulk-row-channel]")!.TextContent.Trim());
        Assert.Equal("ready", rows[0].QuerySelector("[data-testid=bulk-row-status]")!.GetAttribute("data-status"));
        var errors = rows[1].QuerySelectorAll("[data-testid=bulk-row-errors] li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("not to evil.test", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("utm_medium", StringComparison.Ordinal));
        Assert.Contains("utm-bulk-rejected", rows[1].ClassName, StringComparison.Ordinal);
        Assert.Equal("https://evil.test/a", rows[1].QuerySelector("[data-testid=bulk-row-url-missing]")!.TextContent);
        Assert.Contains("Skipped: The same link as row 2", rows[2].QuerySelector("[data-testid=bulk-row-duplicate]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["1 ready", "1 duplicate", "1 with problems"], table.FindAll("[data-testid=bulk-preview-counts] .mud-chip").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void The_switch_shows_only_the_rows_that_will_not_be_created()
    {
        var table = Render<BulkPreviewTable>(p => p.Add(t => t.Preview, Preview(
            new BulkInputRow(2, "https://acme.test/a", "google", "cpc"),
            new BulkInputRow(3, "https://acme.test/b", "", "cpc"))));

        table.Find("input[data-testid=bulk-problems-only]").Change(true);

        Assert.Equal(["3"], table.FindAll("[data-testid=bulk-row-number]").Select(c => c.TextContent));
    }

    private static BulkPreview Preview(params BulkInputRow[] rows)
    {
        var builder = new BulkRowBuilder("acme.test", LinkConventions.None, new BulkCampaigns([Campaign], Campaign, "acme.test"));
        return BulkPreview.Of([.. rows.Select(builder.Build)], new Dictionary<string, string>());
    }
}
