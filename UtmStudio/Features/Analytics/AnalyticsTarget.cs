using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Analytics;

/// <summary>
/// The scope a report reads, checked against the caller's domain: its rollup id and its name. A campaign or link id
/// of another domain (or none) is "not found", exactly as the campaign and link pages answer it.
/// </summary>
internal sealed record AnalyticsTarget(Guid ScopeId, string Name, Guid? CampaignId, string? CampaignName)
{
    public static async Task<AnalyticsTarget> ResolveAsync(AppDbContext db, Domain domain, AnalyticsScope scope, CancellationToken cancellationToken)
    {
        switch (scope.Kind)
        {
            case AnalyticsScopeKind.Domain:
                return new AnalyticsTarget(domain.Id, domain.DomainName, null, null);
            case AnalyticsScopeKind.Campaign:
                var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == scope.Id && c.DomainId == domain.Id)
                    .Select(c => new { c.Id, c.Name }).SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundProblem("That campaign");
                return new AnalyticsTarget(campaign.Id, campaign.Name, campaign.Id, campaign.Name);
            case AnalyticsScopeKind.Link:
                var link = await db.Links.AsNoTracking().Where(l => l.Id == scope.Id && l.DomainId == domain.Id)
                    .Select(l => new { l.Id, l.Label, l.UtmSource, l.UtmMedium, l.CampaignId, Campaign = l.Campaign!.Name })
                    .SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundProblem("That link");
                return new AnalyticsTarget(link.Id, AnalyticsNames.LinkTitle(link.Label, link.UtmSource, link.UtmMedium), link.CampaignId, link.Campaign);
            default:
                throw new NotFoundProblem("That report");
        }
    }
}
