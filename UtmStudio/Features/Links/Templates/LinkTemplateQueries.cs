using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;

namespace UtmStudio.Features.Links.Templates;

internal static class LinkTemplateQueries
{
    public static Task<List<LinkTemplateView>> ListAsync(AppDbContext db, Guid domainId, CancellationToken cancellationToken) =>
        db.LinkTemplates.AsNoTracking().Where(t => t.DomainId == domainId).OrderBy(t => t.Name)
            .Select(t => new LinkTemplateView(t.Id, t.Name, t.LandingUrl, t.UtmSource, t.UtmMedium, t.UtmContent, t.UtmTerm,
                t.UtmSourcePlatform, t.UtmCreativeFormat, t.UtmMarketingTactic))
            .ToListAsync(cancellationToken);
}
