using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;

namespace UtmStudio.Features.Analytics;

/// <summary>
/// "Recent clicks" for lists (the board's cards, the link table): clicks of the last 30 UTC days, today included,
/// bots left out — the same days as the dashboard's "Last 30 days". Read from each scope's own hourly series rows by
/// their primary key (scope_id, is_bot, bucket): at most 720 rows per campaign or link, whatever the size of the
/// domain, where the domain's "link" breakdown would have to be scanned for every link of the domain.
/// </summary>
public static class ClickCounts
{
    public const int RecentDays = 30;

    public static DateTimeOffset RecentSince(TimeProvider time) => AnalyticsPeriod.Midnight(AnalyticsPeriod.Today(time).AddDays(1 - RecentDays));

    /// <summary>Recent clicks per campaign or link id of the domain; ids without clicks are left out.</summary>
    public static async Task<IReadOnlyDictionary<Guid, long>> RecentAsync(
        AppDbContext db, Guid domainId, IReadOnlyCollection<Guid> scopeIds, TimeProvider time, CancellationToken cancellationToken)
    {
        if (scopeIds.Count == 0)
        {
            return new Dictionary<Guid, long>();
        }

        var since = RecentSince(time);
        return await db.ClickSeries.AsNoTracking()
            .Where(s => scopeIds.Contains(s.ScopeId) && s.IsBot == false && s.Bucket >= since && s.DomainId == domainId)
            .GroupBy(s => s.ScopeId)
            .Select(g => new { g.Key, Clicks = g.Sum(s => s.Clicks) })
            .ToDictionaryAsync(g => g.Key, g => g.Clicks, cancellationToken);
    }

    public static async Task<ClickTotals> RecentTotalsAsync(AppDbContext db, Guid domainId, Guid scopeId, TimeProvider time, CancellationToken cancellationToken)
    {
        var since = RecentSince(time);
        var sums = await db.ClickSeries.AsNoTracking()
            .Where(s => s.ScopeId == scopeId && s.IsBot == false && s.Bucket >= since && s.DomainId == domainId)
            .GroupBy(s => s.ScopeId)
            .Select(g => new ClickTotals(g.Sum(s => s.Clicks), g.Sum(s => s.UniqueClicks)))
            .SingleOrDefaultAsync(cancellationToken);
        return sums ?? ClickTotals.None;
    }
}
