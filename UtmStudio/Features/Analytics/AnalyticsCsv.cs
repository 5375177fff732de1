using System.Globalization;
using CsvHelper;
using UtmStudio.Features.Links.Lists;

namespace UtmStudio.Features.Analytics;

/// <summary>
/// A report as a spreadsheet: either the clicks over time (one row per UTC day, or hour for a short range) or every
/// breakdown one below the other (one row per value, its dimension in the first column, so a filter on that column
/// shows one breakdown). Plain numbers, no thousands separators, so Excel and Sheets read them as numbers.
/// </summary>
internal static class AnalyticsCsv
{
    public static async Task WriteSeriesAsync(AnalyticsReport report, TextWriter output)
    {
        await using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        var hourly = report.Period.Granularity == AnalyticsGranularity.Hour;
        await WriteRowAsync(csv, hourly ? "hour_utc" : "day", "clicks", "unique_clicks");
        foreach (var point in report.Series)
        {
            var start = point.Start.UtcDateTime.ToString(hourly ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
            await WriteRowAsync(csv, start, Number(point.Clicks), Number(point.UniqueClicks));
        }

        await csv.FlushAsync();
    }

    public static async Task WriteBreakdownsAsync(AnalyticsReport report, TextWriter output)
    {
        await using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        await WriteRowAsync(csv, "dimension", "value", "name", "campaign", "clicks", "share_percent");
        IEnumerable<Breakdown?> all = [report.TopCampaigns, report.TopLinks, .. report.Breakdowns];
        foreach (var breakdown in all.OfType<Breakdown>())
        {
            var dimension = BreakdownDimensions.Title(breakdown.Dimension);
            foreach (var row in breakdown.Rows)
            {
                await WriteRowAsync(csv, dimension, row.Value, row.Label, row.Detail, Number(row.Clicks), Percent(row.Share));
            }

            if (breakdown.OtherClicks > 0)
            {
                await WriteRowAsync(csv, dimension, null, "Other values", null, Number(breakdown.OtherClicks),
                    Percent(Breakdown.ShareOf(breakdown.OtherClicks, breakdown.Total)));
            }
        }

        await csv.FlushAsync();
    }

    private static async Task WriteRowAsync(CsvWriter csv, params string?[] fields)
    {
        foreach (var field in fields)
        {
            // Values come from visitors (referrer hosts) and members (UTM values): never a formula in a spreadsheet.
            csv.WriteField(LinkCsv.SpreadsheetSafe(field));
        }

        await csv.NextRecordAsync();
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double share) => Math.Round(share * 100, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
}
