using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Analytics;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Links.Lists;

/// <summary>
/// The link lists of a domain or of one campaign (the scope: <c>campaignId</c> null or set): filtered, counted and
/// paged in SQL (idx_links_domain_list / idx_links_campaign_list), and exported as CSV row by row, so a list of
/// 100,000 links never sits in memory. Members only; another domain's campaign id simply matches nothing.
/// </summary>
public sealed class LinkListService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public const int MaxPageSize = 100;

    private const int FacetLimit = 200;

    public async Task<LinkListPage> GetPageAsync(
        Caller caller, string domainName, Guid? campaignId, LinkListFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (page < 0 || pageSize is < 1 or > MaxPageSize || (long)page * pageSize > int.MaxValue)
        {
            throw new ValidationProblem($"Pages are numbered from 0 and hold 1 to {MaxPageSize} links.");
        }

        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var scoped = InScope(filter, campaignId);
        var filtered = LinkListQueries.Filtered(db, access.Domain.Id, scoped);
        var total = await filtered.CountAsync(cancellationToken);
        var inScope = scoped == LinkListFilter.None with { Campaign = campaignId }
            ? total
            : await LinkListQueries.Filtered(db, access.Domain.Id, LinkListFilter.None with { Campaign = campaignId }).CountAsync(cancellationToken);
        var rows = await LinkQueries.Rows(db, LinkListQueries.NewestFirst(filtered).Skip(page * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        var readOnly = access.IsReadOnlyAt(time.GetUtcNow());
        var clicks = await ClickCounts.RecentAsync(db, access.Domain.Id, [.. rows.Select(r => r.Link.Id)], time, cancellationToken);
        return new LinkListPage(
            rows.Select(r => LinkQueries.ToDetails(r, access.IsManager, access.Membership.UserId, readOnly)).ToList(), total, inScope, readOnly, clicks);
    }

    /// <summary>
    /// The filtered links newest first, a page at a time after <paramref name="after"/> (keyset, for the REST API:
    /// stable while links are added). <see cref="LinkCursorPage.Next"/> is null on the last page.
    /// </summary>
    public async Task<LinkCursorPage> GetAfterAsync(
        Caller caller, string domainName, LinkListFilter filter, LinkPageCursor? after, int size, CancellationToken cancellationToken)
    {
        if (size is < 1 or > MaxPageSize)
        {
            throw ValidationProblem.ForField("limit", $"Pages hold 1 to {MaxPageSize} links.");
        }

        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var links = LinkListQueries.Filtered(db, access.Domain.Id, filter);
        if (after is { } cursor)
        {
            DateTimeOffset? createdAt = cursor.CreatedAt;
            links = links.Where(l => EF.Functions.LessThan(ValueTuple.Create(l.CreatedAt, l.Id), ValueTuple.Create(createdAt, cursor.Id)));
        }

        var rows = await LinkQueries.Rows(db, LinkListQueries.NewestFirst(links).Take(size + 1)).ToListAsync(cancellationToken);
        var readOnly = access.IsReadOnlyAt(time.GetUtcNow());
        var page = rows.Take(size).Select(r => LinkQueries.ToDetails(r, access.IsManager, access.Membership.UserId, readOnly)).ToList();
        return new LinkCursorPage(page, rows.Count > size ? new LinkPageCursor(page[^1].CreatedAt, page[^1].Id) : null);
    }

    public async Task<LinkListFacets> GetFacetsAsync(Caller caller, string domainName, Guid? campaignId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var links = LinkListQueries.Filtered(db, access.Domain.Id, LinkListFilter.None with { Campaign = campaignId });
        var sources = await Values(links.Select(l => l.UtmSource), cancellationToken);
        var mediums = await Values(links.Select(l => l.UtmMedium), cancellationToken);
        var contents = await Values(links.Where(l => l.UtmContent != null).Select(l => l.UtmContent!), cancellationToken);
        var terms = await Values(links.Where(l => l.UtmTerm != null).Select(l => l.UtmTerm!), cancellationToken);
        var tags = await Values(links.SelectMany(l => l.Tags), cancellationToken);
        var creators = await links.Select(l => l.CreatedBy).Distinct()
            .Select(id => new LinkCreator(id, db.Users.Where(u => u.Id == id).Select(u => u.DisplayName ?? u.Email).FirstOrDefault() ?? LinkQueries.FormerMember))
            .ToListAsync(cancellationToken);
        var campaigns = await LinkCampaigns.ListAsync(db, access.Domain.Id, cancellationToken);
        return new LinkListFacets(access.Domain.DomainName, access.IsReadOnlyAt(time.GetUtcNow()), sources, mediums, contents, terms, tags,
            creators.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList(), campaigns);
    }

    /// <summary>Checks membership and prepares the export; the caller writes it (streaming) and disposes it. The
    /// filter's campaign, if any, is the export's scope.</summary>
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

    /// <summary>A campaign's list shows that campaign's links, whatever campaign the address names.</summary>
    private static LinkListFilter InScope(LinkListFilter filter, Guid? campaignId) => campaignId is null ? filter : filter with { Campaign = campaignId };

    private static Task<List<string>> Values(IQueryable<string> values, CancellationToken cancellationToken) =>
        values.Distinct().OrderBy(v => v).Take(FacetLimit).ToListAsync(cancellationToken);
}
