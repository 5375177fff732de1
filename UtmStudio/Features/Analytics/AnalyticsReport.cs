namespace UtmStudio.Features.Analytics;

/// <summary>
/// One analytics view: totals, clicks over time, top campaigns and links, and the breakdowns, all counted from the
/// rollup tables (never from raw clicks). <see cref="ScopeName"/> is the domain's, campaign's or link's name;
/// a link's report also names its campaign (<see cref="CampaignId"/>, <see cref="CampaignName"/>).
/// </summary>
public sealed record AnalyticsReport(
    string DomainName,
    AnalyticsScope Scope,
    string ScopeName,
    Guid? CampaignId,
    string? CampaignName,
    AnalyticsPeriod Period,
    AnalyticsFilter Filter,
    ClickTotals Totals,
    ClickTotals Previous,
    IReadOnlyList<ClickPoint> Series,
    Breakdown? TopCampaigns,
    Breakdown? TopLinks,
    IReadOnlyList<Breakdown> Breakdowns)
{
    /// <summary>No click in the period (with bots, if they are included): the page explains where clicks come from.</summary>
    public bool IsEmpty => Totals.Clicks == 0;

    public Breakdown? Breakdown(string dimension) => Breakdowns.FirstOrDefault(b => b.Dimension == dimension);
}

/// <summary>Clicks, and unique clicks: a visitor counts once per UTC day in a scope, so over several days this is
/// the daily unique visitors summed.</summary>
public sealed record ClickTotals(long Clicks, long UniqueClicks)
{
    public static readonly ClickTotals None = new(0, 0);
}

/// <summary>The clicks of one hour or one day (UTC), starting at <see cref="Start"/>.</summary>
public sealed record ClickPoint(DateTimeOffset Start, long Clicks, long UniqueClicks);

/// <summary>
/// The clicks of one dimension (device, country, utm_source, campaign, link …) by value, most first: the top
/// <see cref="Rows"/>, and <see cref="Total"/> for all values, so the rest ("Other") is never lost from the sum.
/// </summary>
public sealed record Breakdown(string Dimension, long Total, IReadOnlyList<BreakdownRow> Rows)
{
    public long OtherClicks => Total - Rows.Sum(r => r.Clicks);

    public static double ShareOf(long clicks, long total) => total == 0 ? 0 : (double)clicks / total;
}

/// <summary>
/// One value of a breakdown: the stored <see cref="Value"/>, how people read it (<see cref="Label"/>: "Direct / none",
/// "Germany", "QR code"), its clicks and its share of the dimension's total (0–1). Campaign and link rows carry their
/// <see cref="Id"/> and, for a link, its campaign's name as <see cref="Detail"/>; a campaign or link deleted since is
/// <see cref="IsDeleted"/>, still counted.
/// </summary>
public sealed record BreakdownRow(string Value, string Label, long Clicks, double Share, Guid? Id = null, string? Detail = null, bool IsDeleted = false);
