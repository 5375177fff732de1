using UtmStudio.Features.Analytics;

namespace UtmStudio.Tests.Components;

/// <summary>Reports made by hand for the analytics views: acme.test, the last 7 days to 30 Nov 2026.</summary>
internal static class AnalyticsReports
{
    public const string Domain = "acme.test";

    public static readonly Guid SpringId = Guid.Parse("6f1c1b3e-0000-4000-8000-000000000001");

    public static readonly Guid MailId = Guid.Parse("6f1c1b3e-0000-4000-8000-000000000002");

    public static readonly AnalyticsPeriod Week = new(new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 30));

    /// <summary>120 clicks (90 unique) against 100 (90) the week before; the 28th was the busiest day.</summary>
    public static AnalyticsReport Busy(AnalyticsScope? scope = null, AnalyticsFilter? filter = null) => new(
        Domain, scope ?? AnalyticsScope.Domain, scope is null ? Domain : "Spring Sale", null, null, Week, filter ?? new AnalyticsFilter(AnalyticsRange.Last(7)),
        new ClickTotals(120, 90), new ClickTotals(100, 90),
        [.. Enumerable.Range(0, 7).Select(i => new ClickPoint(AnalyticsPeriod.Midnight(Week.From.AddDays(i)), i == 4 ? 40 : 10 + i, i == 4 ? 30 : 8))],
        new Breakdown("campaign", 120, [Row("campaign", SpringId.ToString(), "Spring Sale", 80, 120, SpringId), Row("campaign", "x", "Deleted campaign", 40, 120, deleted: true)]),
        new Breakdown("link", 120, [Row("link", MailId.ToString(), "Spring mail", 70, 120, MailId) with { Detail = "Spring Sale" }]),
        [
            .. BreakdownDimensions.All.Select(d => d switch
            {
                "referrer" => new Breakdown(d, 120, [Row(d, "", "Direct / none", 60, 120), Row(d, "www.google.com", "www.google.com", 45, 120)]),
                "country" => new Breakdown(d, 120, [Row(d, "DE", "Germany", 90, 120), Row(d, "", "Unknown", 30, 120)]),
                "qr" => new Breakdown(d, 120, [Row(d, "direct", "Link", 100, 120), Row(d, "qr", "QR code", 20, 120)]),
                _ => new Breakdown(d, 120, [Row(d, "v", "Some value", 120, 120)]),
            }),
        ]);

    /// <summary>The same days without a click.</summary>
    public static AnalyticsReport Empty(AnalyticsScope? scope = null, bool includeBots = false) => Busy(scope) with
    {
        Filter = new AnalyticsFilter(AnalyticsRange.Last(7), includeBots),
        Totals = ClickTotals.None,
        Previous = ClickTotals.None,
        Series = [.. Enumerable.Range(0, 7).Select(i => new ClickPoint(AnalyticsPeriod.Midnight(Week.From.AddDays(i)), 0, 0))],
        TopCampaigns = new Breakdown("campaign", 0, []),
        TopLinks = new Breakdown("link", 0, []),
        Breakdowns = [.. BreakdownDimensions.All.Select(d => new Breakdown(d, 0, []))],
    };

    private static BreakdownRow Row(string dimension, string value, string label, long clicks, long total, Guid? id = null, bool deleted = false) =>
        new(value, label, clicks, Breakdown.ShareOf(clicks, total), id, null, deleted);
}
