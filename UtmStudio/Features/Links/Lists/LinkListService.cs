using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Links.Lists;

/// <summary>
/// The link lists of a domain or of one campaign: filtered, counted and paged in SQL (idx_links_domain_list /
/// idx_links_campaign_list), and exported as CSV row by row, so a list of 100,000 links never sits in memory.
/// </summary>
public sealed class LinkListService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public const int MaxPageSize = 100;

    private const int FacetLimit = 200;

    public async Task<LinkListPage> GetPageAsync(
        Caller caller, string domainName, LinkListFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (page < 0 || pageSize is < 1 or > MaxPageSize)
        {
            throw new ValidationProblem($"Pages are numbered from 0 and hold 1 to {MaxPageSize} links.");
        }

        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var filtered = LinkListQueries.Filtered(db, access.Domain.Id, filter);
        var total = await filtered.CountAsync(cancellationToken);
        var rows = await LinkQueries.Rows(db, LinkListQueries.NewestFirst(filtered).Skip(page * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        var hasLinks = total > 0 || await db.Links.AnyAsync(l => l.DomainId == access.Domain.Id, cancellationToken);
        var readOnly = access.IsReadOnlyAt(time.GetUtcNow());
        return new LinkListPage(
            rows.Select(r => LinkQueries.ToDetails(r, access.IsManager, access.Membership.UserId, readOnly)).ToList(), total, hasLinks);
    }

    public async Task<LinkListFacets> GetFacetsAsync(Caller caller, string domainName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var links = db.Links.AsNoTracking().Where(l => l.DomainId == access.Domain.Id);
        var sources = await links.Select(l => l.UtmSource).Distinct().OrderBy(s => s).Take(FacetLimit).ToListAsync(cancellationToken);
        var mediums = await links.Select(l => l.UtmMedium).Distinct().OrderBy(s => s).Take(FacetLimit).ToListAsync(cancellationToken);
        var tags = await links.SelectMany(l => l.Tags).Distinct().OrderBy(t => t).Take(FacetLimit).ToListAsync(cancellationToken);
        var creators = await links.Select(l => l.CreatedBy).Distinct()
            .Select(id => new LinkCreator(id, db.Users.Where(u => u.Id == id).Select(u => u.DisplayName ?? u.Email).FirstOrDefault() ?? LinkQueries.FormerMember))
            .ToListAsync(cancellationToken);
        var campaigns = await LinkCampaigns.ListAsync(db, access.Domain.Id, cancellationToken);
        return new LinkListFacets(sources, mediums, tags, creators.OrderBy(c => c.Name).ToList(), campaigns);
    }

    /// <summary>Checks membership and prepares the export; the caller writes it (streaming) and disposes it.</summary>
    public async Task<LinkExport> OpenExportAsync(Caller caller, string domainName, LinkListFilter filter, CancellationToken cancellationToken)
    {
        var db = await dbFactory.ForAsync(caller, cancellationToken);
        try
        {
            var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
            var rows = LinkQueries.Rows(db, LinkListQueries.NewestFirst(LinkListQueries.Filtered(db, access.Domain.Id, filter)));
            return new LinkExport(db, rows, access.Domain.DomainName);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}
