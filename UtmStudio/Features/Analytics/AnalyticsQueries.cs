using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;

namespace UtmStudio.Features.Analytics;

/// <summary>
/// The analytics reads, summed by PostgreSQL on the rollups' primary keys: click_series by (scope_id, is_bot, bucket),
/// click_breakdowns by (scope_id, dimension, is_bot, day, value). Only the sums travel: a few hundred points and the
/// top values of each dimension, whatever the number of clicks. Raw SQL for what LINQ cannot say (UTC day buckets,
/// top-N per dimension with a window); row-level security applies to it like to any query of the context. The result
/// columns are snake_case: the naming convention maps the result types' properties too.
/// </summary>
internal static class AnalyticsQueries
{
    public static Task<List<SeriesSum>> SeriesAsync(
        AppDbContext db, Guid domainId, Guid scopeId, AnalyticsPeriod period, AnalyticsGranularity granularity, bool[] bots,
        CancellationToken cancellationToken)
    {
        var unit = granularity == AnalyticsGranularity.Hour ? "hour" : "day";
        DateTimeOffset start = period.Start, end = period.End;
        return db.Database.SqlQuery<SeriesSum>($"""
            SELECT date_trunc({unit}, bucket, 'UTC') AS start, sum(clicks)::bigint AS clicks, sum(unique_clicks)::bigint AS unique_clicks
            FROM click_series
            WHERE scope_id = {scopeId} AND is_bot = ANY({bots}) AND bucket >= {start} AND bucket < {end} AND domain_id = {domainId}
            GROUP BY 1
            """).ToListAsync(cancellationToken);
    }

    /// <summary>The top <paramref name="top"/> values of each dimension, with each dimension's total over all its values:
    /// summed months from the monthly rows, the days around them from the daily ones (<see cref="BreakdownSpan"/>). One branch
    /// per day range, not an OR: each is then a range of the primary key (scope, dimension, bot, day), read alone.</summary>
    public static async Task<List<BreakdownSum>> BreakdownsAsync(
        AppDbContext db, Guid domainId, Guid scopeId, string[] dimensions, AnalyticsPeriod period, bool[] bots, int top,
        CancellationToken cancellationToken)
    {
        DateOnly from = period.From, to = period.To;
        var summed = await db.Database.SqlQuery<SummedMonth>($"""
            SELECT month, through FROM click_breakdown_months WHERE month >= {from} AND month <= {to}
            """).ToListAsync(cancellationToken);
        var span = BreakdownSpan.For(period, summed.Select(s => (s.Month, s.Through)));
        DateOnly monthsFrom = span.MonthsFrom, monthsTo = span.MonthsTo, beforeFrom = span.DaysBeforeFrom, beforeTo = span.DaysBeforeTo,
            afterFrom = span.DaysAfterFrom, afterTo = span.DaysAfterTo, subtractFrom = span.SubtractFrom, subtractTo = span.SubtractTo;
        return await db.Database.SqlQuery<BreakdownSum>($"""
            SELECT dimension, value, clicks, total
            FROM (
                SELECT dimension, value, sum(clicks)::bigint AS clicks,
                       (sum(sum(clicks)) OVER (PARTITION BY dimension))::bigint AS total,
                       row_number() OVER (PARTITION BY dimension ORDER BY sum(clicks) DESC, value) AS position
                FROM (
                    SELECT dimension, value, clicks FROM click_breakdowns_monthly
                    WHERE scope_id = {scopeId} AND dimension = ANY({dimensions}) AND is_bot = ANY({bots})
                      AND month >= {monthsFrom} AND month <= {monthsTo} AND domain_id = {domainId}
                    UNION ALL
                    SELECT dimension, value, clicks FROM click_breakdowns
                    WHERE scope_id = {scopeId} AND dimension = ANY({dimensions}) AND is_bot = ANY({bots})
                      AND day >= {beforeFrom} AND day <= {beforeTo} AND domain_id = {domainId}
                    UNION ALL
                    SELECT dimension, value, clicks FROM click_breakdowns
                    WHERE scope_id = {scopeId} AND dimension = ANY({dimensions}) AND is_bot = ANY({bots})
                      AND day >= {afterFrom} AND day <= {afterTo} AND domain_id = {domainId}
                    UNION ALL
                    SELECT dimension, value, -clicks FROM click_breakdowns
                    WHERE scope_id = {scopeId} AND dimension = ANY({dimensions}) AND is_bot = ANY({bots})
                      AND day >= {subtractFrom} AND day <= {subtractTo} AND domain_id = {domainId}
                ) AS rows
                GROUP BY dimension, value
                HAVING sum(clicks) <> 0
            ) ranked
            WHERE position <= {top}
            ORDER BY dimension, position
            """).ToListAsync(cancellationToken);
    }

    public sealed class SummedMonth
    {
        public DateOnly Month { get; init; }

        public DateOnly Through { get; init; }
    }

    public sealed class SeriesSum
    {
        public DateTimeOffset Start { get; init; }

        public long Clicks { get; init; }

        public long UniqueClicks { get; init; }
    }

    public sealed class BreakdownSum
    {
        public required string Dimension { get; init; }

        public required string Value { get; init; }

        public long Clicks { get; init; }

        public long Total { get; init; }
    }
}
