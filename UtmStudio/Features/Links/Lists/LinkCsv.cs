using System.Globalization;
using CsvHelper;

namespace UtmStudio.Features.Links.Lists;

/// <summary>The export's columns: what a spreadsheet or an ad platform needs, one link per row, UTC times.</summary>
internal static class LinkCsv
{
    private static readonly string[] Header =
    [
        "full_url", "campaign", "landing_url", "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "utm_id",
        "utm_source_platform", "utm_creative_format", "utm_marketing_tactic", "ga4_channel", "short_code", "label", "tags",
        "created_by", "created_at",
    ];

    public static async Task WriteAsync(IAsyncEnumerable<LinkQueries.LinkRow> rows, TextWriter output, CancellationToken cancellationToken)
    {
        await using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }

        await csv.NextRecordAsync();
        var written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var l = row.Link;
            string?[] fields =
            [
                l.FullUrl, row.CampaignName, l.LandingUrl, l.UtmSource, l.UtmMedium, l.UtmCampaign, l.UtmContent, l.UtmTerm, l.UtmId,
                l.UtmSourcePlatform, l.UtmCreativeFormat, l.UtmMarketingTactic,
                Channels.Ga4ChannelText.Name(Ga4ChannelStorage.Read(l.Ga4Channel)), l.ShortCode, l.Label, string.Join(",", l.Tags),
                row.Creator ?? LinkQueries.FormerMember, l.CreatedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ];
            foreach (var field in fields)
            {
                csv.WriteField(SpreadsheetSafe(field));
            }

            await csv.NextRecordAsync();
            if (++written % 1000 == 0)
            {
                await csv.FlushAsync();
            }
        }

        await csv.FlushAsync();
    }

    /// <summary>A cell that starts with = + - @ (or a tab/return) is a formula to Excel and Sheets: a label such as
    /// "=HYPERLINK(…)" typed by one member must not run on another's machine. Such cells get a leading quote.</summary>
    internal static string? SpreadsheetSafe(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
