using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Analytics;

/// <summary>
/// Analytics of a domain, a campaign or a link, for its members only (anyone else, or an id of another domain, gets
/// the same "not found" as everywhere; row-level security is the second line). Everything is counted from the rollup
/// tables the click writer keeps, in three round trips after the membership check however many clicks there are:
/// the series with the previous period, the breakdowns with the top campaigns and links, and their names.
/// </summary>
public sealed class AnalyticsService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Values per breakdown on the dashboard; the rest is summed as "Other".</summary>
    public const int TopValues = 10;

    /// <summary>Values per breakdown an export may ask for: every value in practice, still bounded.</summary>
    public const int MaxValues = 10_000;

    public Task<AnalyticsReport> GetReportAsync(
        Caller caller, string domainName, AnalyticsScope scope, AnalyticsFilter filter, CancellationToken cancellationToken) =>
        GetReportAsync(caller, domainName, scope, filter, TopValues, cancellationToken);

    public async Task<AnalyticsReport> GetReportAsync(
        Caller caller, string domainName, AnalyticsScope scope, AnalyticsFilter filter, int valuesPerBreakdown, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        if (valuesPerBreakdown is < 1 or > MaxValues)
        {
            throw new ValidationProblem($"A breakdown lists 1 to {MaxValues} values.");
        }

        var period = filter.Range.Resolve(AnalyticsPeriod.Today(time));
        var target = await AnalyticsTarget.ResolveAsync(db, access.Domain, scope, cancellationToken);
        bool[] bots = filter.IncludeBots ? [false, true] : [false];
        var domainId = access.Domain.Id;

        var sums = await AnalyticsQueries.SeriesAsync(db, domainId, target.ScopeId, period with { From = period.Preceding().From },
            period.Granularity, bots, cancellationToken);
        var (points, totals, previous) = ClickSeriesPoints.Build(period, period.Granularity, sums, time.GetUtcNow());

        var dimensions = DimensionsOf(scope.Kind);
        var breakdowns = totals.Clicks == 0
            ? dimensions.Select(d => new Breakdown(d, 0, [])).ToList()
            : Group(dimensions, await AnalyticsQueries.BreakdownsAsync(db, domainId, target.ScopeId, [.. dimensions], period, bots,
                valuesPerBreakdown, cancellationToken));
        var campaigns = breakdowns.SingleOrDefault(b => b.Dimension == BreakdownDimensions.Campaign);
        var links = breakdowns.SingleOrDefault(b => b.Dimension == BreakdownDimensions.Link);
        if (campaigns is { Rows.Count: > 0 })
        {
            campaigns = await AnalyticsNames.CampaignsAsync(db, domainId, campaigns, cancellationToken);
        }

        if (links is { Rows.Count: > 0 })
        {
            links = await AnalyticsNames.LinksAsync(db, domainId, links, cancellationToken);
        }

        return new AnalyticsReport(access.Domain.DomainName, scope, target.Name, target.CampaignId, target.CampaignName, period, filter,
            totals, previous, points, campaigns, links,
            [.. breakdowns.Where(b => b.Dimension is not (BreakdownDimensions.Campaign or BreakdownDimensions.Link))]);
    }

    /// <summary>Clicks of the last <see cref="ClickCounts.RecentDays"/> days without bots: the summary a campaign or link page shows.</summary>
    public async Task<ClickTotals> GetRecentTotalsAsync(Caller caller, string domainName, AnalyticsScope scope, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var target = await AnalyticsTarget.ResolveAsync(db, access.Domain, scope, cancellationToken);
        return await ClickCounts.RecentTotalsAsync(db, access.Domain.Id, target.ScopeId, time, cancellationToken);
    }

    /// <summary>A domain's report lists its campaigns and links; a campaign's its links; a link's neither, nor its own
    /// UTM values (one value each, which the link's page shows).</summary>
    private static IReadOnlyList<string> DimensionsOf(AnalyticsScopeKind kind) => kind switch
    {
        AnalyticsScopeKind.Domain => [.. BreakdownDimensions.All, BreakdownDimensions.Campaign, BreakdownDimensions.Link],
        AnalyticsScopeKind.Campaign => [.. BreakdownDimensions.All, BreakdownDimensions.Link],
        _ => BreakdownDimensions.VisitorValues,
    };

    private static List<Breakdown> Group(IReadOnlyList<string> dimensions, List<AnalyticsQueries.BreakdownSum> sums)
    {
        var byDimension = sums.ToLookup(s => s.Dimension);
        return [.. dimensions.Select(dimension =>
        {
            var rows = byDimension[dimension].ToList();
            var total = rows.Count == 0 ? 0 : rows[0].Total;
            return new Breakdown(dimension, total, [.. rows.Select(r =>
                new BreakdownRow(r.Value, BreakdownDimensions.Label(dimension, r.Value), r.Clicks, Breakdown.ShareOf(r.Clicks, total)))]);
        })];
    }
}
