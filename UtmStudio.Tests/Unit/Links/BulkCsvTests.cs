using System.Text;
using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Bulk;
using UtmStudio.Features.Links.Conventions;

namespace UtmStudio.Tests.Unit.Links;

/// <summary>Reading an uploaded CSV, guessing its columns, and building rows (pure: no database).</summary>
public sealed class BulkCsvTests
{
    [Theory]
    [InlineData("Landing Page,UTM Source,UTM-Medium,Content,Tags")]
    [InlineData("url;source;medium;utm_content;tag")]
    [InlineData(" landing_url ,utm_source,utm_medium,utm_content,tags")]
    public void Common_header_spellings_are_guessed(string header)
    {
        var mapping = BulkColumnMapping.Guess(header.Split(',', ';'));

        Assert.Equal([0, 1, 2, 3, 4], new[] { BulkColumn.LandingUrl, BulkColumn.Source, BulkColumn.Medium, BulkColumn.Content, BulkColumn.Tags }
            .Select(c => mapping.ColumnOf(c) ?? -1));
    }

    [Fact]
    public void A_utmstudio_export_maps_its_landing_page_not_its_full_url_and_its_campaign_name()
    {
        string[] export = ["full_url", "campaign", "landing_url", "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "utm_id",
            "utm_source_platform", "utm_creative_format", "utm_marketing_tactic", "ga4_channel", "short_code", "label", "tags", "created_by", "created_at"];

        var mapping = BulkColumnMapping.Guess(export);

        Assert.Equal((2, 1, 9, 14, 15), (mapping.ColumnOf(BulkColumn.LandingUrl), mapping.ColumnOf(BulkColumn.Campaign),
            mapping.ColumnOf(BulkColumn.SourcePlatform), mapping.ColumnOf(BulkColumn.Label), mapping.ColumnOf(BulkColumn.Tags)));
    }

    [Fact]
    public void Unknown_headers_map_nothing_and_a_column_changed_by_hand_leaves_its_old_field()
    {
        var mapping = BulkColumnMapping.Guess(["Where", "Who", "medium"]);

        Assert.Equal([BulkColumn.Medium], mapping.Columns.Keys);
        var changed = mapping.With(BulkColumn.LandingUrl, 0).With(BulkColumn.Source, 1).With(BulkColumn.Medium, 1);
        Assert.Equal((0, null, 1), (changed.ColumnOf(BulkColumn.LandingUrl), changed.ColumnOf(BulkColumn.Source), changed.ColumnOf(BulkColumn.Medium)));
    }

    [Theory]
    [InlineData("a,b;c,d\n1;2;3", ',')]
    [InlineData("a;b;c\nhttps://x.test/?a=1,2,3,4", ';')]
    [InlineData("a\tb\tc\n", '\t')]
    [InlineData("\"x;y\",b\n", ',')]
    [InlineData("landing_url\n", ',')]
    public void The_delimiter_is_read_from_the_header_row_outside_quotes(string text, char expected) =>
        Assert.Equal(expected, BulkCsvDelimiter.Detect(text));

    [Fact]
    public async Task Utf16_with_its_byte_order_mark_and_blank_header_names_are_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("url\t\tsource\nhttps://a.test/\tx\tnews\n")).ToArray();

        var table = await BulkCsvReader.ReadAsync(new MemoryStream(bytes), CancellationToken.None);

        Assert.Equal(["url", "Column 2", "source"], table.Header);
        Assert.Equal(["https://a.test/", "x", "news"], table.Rows.Single().Cells);
    }

    [Fact]
    public void The_matrix_crosses_sources_mediums_and_contents_in_order_and_drops_blanks_and_repeats()
    {
        var matrix = new BulkMatrix(Guid.NewGuid(), "https://a.test/", ["google", "meta", "google", " "], ["cpc", "email"], []);

        var rows = matrix.Expand();

        Assert.Equal(4, matrix.Count);
        Assert.Equal(["google/cpc", "google/email", "meta/cpc", "meta/email"], rows.Select(r => $"{r.Source}/{r.Medium}"));
        Assert.Equal([1, 2, 3, 4], rows.Select(r => r.RowNumber));
        Assert.All(rows, r => Assert.Null(r.Content));
    }

    [Fact]
    public void Two_rows_the_conventions_make_one_link_are_the_first_row_and_a_duplicate_of_it()
    {
        var campaign = new CampaignUtm(Guid.NewGuid(), "Spring", "spring", null);
        var builder = new BulkRowBuilder("a.test", new LinkConventions { Lowercase = true }, new BulkCampaigns([campaign], campaign, "a.test"));

        var first = builder.Build(new BulkInputRow(2, "https://a.test/", "Google", "cpc"));
        var second = builder.Build(new BulkInputRow(3, "https://a.test/", "google", "CPC"));

        Assert.Equal((BulkRowStatus.Ready, BulkRowStatus.Duplicate), (first.Status, second.Status));
        Assert.Equal("The same link as row 2 (only that one is created).", second.Reason);
        Assert.Equal(first.FullUrl, second.FullUrl);
    }
}
