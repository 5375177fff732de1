using UtmStudio.Features.Analytics;

namespace UtmStudio.Features.Api.V1;

/// <summary>
/// A report of the domain, a campaign or a link, counted from the rollups the click writer keeps: totals (and those of
/// the same number of days before), clicks over time, the top campaigns and links, and the breakdowns.
/// </summary>
/// <param name="Scope">domain, campaign or link.</param>
/// <param name="Name">The domain's, campaign's or link's name.</param>
/// <param name="Previous">The same number of days just before the period, for comparison.</param>
/// <param name="Series">Every hour (periods of 1–2 days) or day of the period, oldest first, zeros included.</param>
/// <param name="TopCampaigns">The domain's report only: campaigns by clicks.</param>
/// <param name="TopLinks">The domain's and a campaign's report: links by clicks.</param>
public sealed record AnalyticsResource(
    string Scope, Guid? Id, string Name, Guid? CampaignId, string? CampaignName, AnalyticsPeriodResource Period, bool IncludesBots,
    ClickTotalsResource Totals, ClickTotalsResource Previous, IReadOnlyList<ClickPointResource> Series, BreakdownResource? TopCampaigns,
    BreakdownResource? TopLinks, IReadOnlyList<BreakdownResource> Breakdowns)
{
    public static AnalyticsResource From(AnalyticsReport r) => new(
        r.Scope.Key, r.Scope.Id, r.ScopeName, r.CampaignId, r.CampaignName, AnalyticsPeriodResource.Of(r.Period), r.Filter.IncludeBots,
        ClickTotalsResource.From(r.Totals), ClickTotalsResource.From(r.Previous),
        [.. r.Series.Select(p => new ClickPointResource(p.Start, p.Clicks, p.UniqueClicks))],
        BreakdownResource.FromOrNull(r.TopCampaigns), BreakdownResource.FromOrNull(r.TopLinks), [.. r.Breakdowns.Select(BreakdownResource.From)]);
}

/// <summary>The UTC days counted, both included, and the step of the series (hour or day).</summary>
public sealed record AnalyticsPeriodResource(DateOnly From, DateOnly To, int Days, AnalyticsGranularity Granularity)
{
    public static AnalyticsPeriodResource Of(AnalyticsPeriod p) => new(p.From, p.To, p.Days, p.Granularity);
}

/// <param name="UniqueClicks">A visitor counts once per UTC day (summed over the days).</param>
public sealed record ClickTotalsResource(long Clicks, long UniqueClicks)
{
    public static ClickTotalsResource From(ClickTotals t) => new(t.Clicks, t.UniqueClicks);
}

/// <summary>The clicks of the hour or day that starts at <paramref name="Start"/> (UTC).</summary>
public sealed record ClickPointResource(DateTimeOffset Start, long Clicks, long UniqueClicks);

/// <summary>The clicks of one dimension by value, most first: the top rows, and the total of every value.</summary>
/// <param name="Dimension">channel, source, medium, content, term, referrer, device, browser, os, country, qr, campaign or link.</param>
/// <param name="OtherClicks">The clicks of the values not listed (total minus the rows).</param>
public sealed record BreakdownResource(string Dimension, string Title, long Total, long OtherClicks, IReadOnlyList<BreakdownRowResource> Rows)
{
    public static BreakdownResource From(Breakdown b) => new(b.Dimension, BreakdownDimensions.Title(b.Dimension), b.Total, b.OtherClicks,
        [.. b.Rows.Select(r => new BreakdownRowResource(r.Value, r.Label, r.Clicks, r.Share, r.Id, r.Detail, r.IsDeleted))]);

    public static BreakdownResource? FromOrNull(Breakdown? b) => b is null ? null : From(b);
}

/// <param name="Value">The value as stored (a campaign's or link's id for those dimensions; empty for "none").</param>
/// <param name="Label">How people read it: "Direct / none", "Germany", "QR code", a campaign's name.</param>
/// <param name="Share">Its share of the dimension's total, 0 to 1.</param>
/// <param name="Id">For a campaign or link row: its id.</param>
/// <param name="Detail">For a link row: its campaign's name.</param>
/// <param name="IsDeleted">A campaign or link deleted since: its clicks still count.</param>
public sealed record BreakdownRowResource(string Value, string Label, long Clicks, double Share, Guid? Id, string? Detail, bool IsDeleted);
