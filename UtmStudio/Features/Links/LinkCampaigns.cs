using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Links;

/// <summary>The campaigns links go under, read in the domain being worked in only (an id of another domain is "not found").</summary>
internal static class LinkCampaigns
{
    public static async Task<CampaignUtm> FindAsync(AppDbContext db, Guid domainId, Guid campaignId, CancellationToken cancellationToken) =>
        await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId && c.DomainId == domainId)
            .Select(c => new CampaignUtm(c.Id, c.Name, c.UtmCampaign, c.UtmId)).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundProblem("That campaign");

    public static Task<List<BuilderCampaign>> ListAsync(AppDbContext db, Guid domainId, CancellationToken cancellationToken) =>
        db.Campaigns.AsNoTracking().Where(c => c.DomainId == domainId).OrderBy(c => c.Status).ThenBy(c => c.Name)
            .Select(c => new BuilderCampaign(c.Id, c.Name, c.UtmCampaign, c.UtmId, c.Source, c.Status)).ToListAsync(cancellationToken);
}
