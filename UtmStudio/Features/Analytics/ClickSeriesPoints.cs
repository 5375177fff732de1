namespace UtmStudio.Features.Analytics;

/// <summary>
/// The sums of the series query laid out as the chart draws them: one point per hour or day of the period, zeros
/// where nobody clicked, nothing after the current hour (a "today" chart does not drop to zero at 3 pm). The query
/// also reads the previous period, whose sum is the comparison.
/// </summary>
internal static class ClickSeriesPoints
{
    public static (IReadOnlyList<ClickPoint> Points, ClickTotals Totals, ClickTotals Previous) Build(
        AnalyticsPeriod period, AnalyticsGranularity granularity, IReadOnlyList<AnalyticsQueries.SeriesSum> sums, DateTimeOffset now)
    {
        var current = sums.Where(s => s.Start >= period.Start).ToDictionary(s => s.Start.ToUniversalTime());
        var before = sums.Where(s => s.Start < period.Start).ToList();
        var step = granularity == AnalyticsGranularity.Hour ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
        var points = new List<ClickPoint>();
        for (var start = period.Start; start < period.End && start <= now; start += step)
        {
            points.Add(current.TryGetValue(start, out var sum) ? new ClickPoint(start, sum.Clicks, sum.UniqueClicks) : new ClickPoint(start, 0, 0));
        }

        return (points, Total(current.Values), Total(before));
    }

    private static ClickTotals Total(IEnumerable<AnalyticsQueries.SeriesSum> sums)
    {
        long clicks = 0, unique = 0;
        foreach (var sum in sums)
        {
            clicks += sum.Clicks;
            unique += sum.UniqueClicks;
        }

        return new ClickTotals(clicks, unique);
    }
}
