using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Analytics;
using UtmStudio.Features.Domains;
using UtmStudio.Identity;

namespace UtmStudio.Features.Campaigns;

/// <summary>
/// The board of a domain (rule 6, docs/rules.md#r6): every member sees every campaign of the domain, in three
/// columns, narrowed by a filter. Each column is counted and paged in the database, so a domain with thousands of
/// campaigns reads a page at a time.
/// </summary>
public sealed class CampaignBoardService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public const int PageSize = 12;

    /// <summary>The objectives offered first; any other text within the limit is accepted too.</summary>
    public static readonly IReadOnlyList<string> StandardObjectives =
        ["awareness", "traffic", "engagement", "leads", "conversions", "sales", "app installs", "retention"];

    public async Task<CampaignBoard> GetAsync(Caller caller, string domainName, CampaignBoardFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var domainId = access.Domain.Id;
        var matching = CampaignQueries.Filtered(db, domainId, filter);
        var counts = await matching.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var total = filter.IsEmpty ? counts.Values.Sum() : await db.Campaigns.CountAsync(c => c.DomainId == domainId, cancellationToken);

        var columns = new List<CampaignColumn>();
        foreach (var status in Enum.GetValues<CampaignStatus>())
        {
            var count = counts.GetValueOrDefault(status);
            columns.Add(count == 0
                ? new CampaignColumn(status, 0, [], null)
                : await ReadPageAsync(db, domainId, matching, status, count, null, cancellationToken));
        }

        return new CampaignBoard(domainId, access.Domain.DomainName, access.IsReadOnlyAt(time.GetUtcNow()), filter, columns, total);
    }

    /// <summary>The next page of one column ("Show more").</summary>
    public async Task<CampaignColumn> GetMoreAsync(
        Caller caller, string domainName, CampaignBoardFilter filter, CampaignStatus status, CampaignPageCursor after, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var matching = CampaignQueries.Filtered(db, access.Domain.Id, filter);
        var count = await matching.CountAsync(c => c.Status == status, cancellationToken);
        return await ReadPageAsync(db, access.Domain.Id, matching, status, count, after, cancellationToken);
    }

    /// <summary>
    /// The domain's campaigns newest first, of one status or all, a page at a time after <paramref name="after"/>
    /// (the REST API's list; the board reads per column). <see cref="CampaignListPage.Next"/> is null on the last page.
    /// </summary>
    public async Task<CampaignListPage> ListAsync(
        Caller caller, string domainName, CampaignBoardFilter filter, CampaignStatus? status, CampaignPageCursor? after, int size,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var matching = CampaignQueries.Filtered(db, access.Domain.Id, filter);
        var cards = await CampaignQueries.Page(db, matching, status, after, size).ToListAsync(cancellationToken);
        var page = cards.Take(size).ToList();
        return new CampaignListPage(page, cards.Count > size ? new CampaignPageCursor(page[^1].CreatedAt, page[^1].Id) : null);
    }

    /// <summary>Objectives (the standard ones, then the domain's own), the domain's sources by use, and its people.</summary>
    public async Task<CampaignSuggestions> GetSuggestionsAsync(Caller caller, string domainName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var domainId = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).Domain.Id;
        var campaigns = db.Campaigns.AsNoTracking().Where(c => c.DomainId == domainId);
        var sources = await campaigns.GroupBy(c => c.Source).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => g.Key).Take(50).ToListAsync(cancellationToken);
        var ownObjectives = await campaigns.Select(c => c.Objective).Distinct().OrderBy(o => o).Take(50).ToListAsync(cancellationToken);
        var creators = await db.Memberships.AsNoTracking().Where(m => m.DomainId == domainId)
            .OrderBy(m => m.User!.DisplayName ?? m.User.Email)
            .Select(m => new CampaignCreator(m.UserId, m.User!.DisplayName ?? m.User.Email))
            .ToListAsync(cancellationToken);
        var objectives = StandardObjectives
            .Concat(ownObjectives.Where(o => !StandardObjectives.Contains(o, StringComparer.OrdinalIgnoreCase))).ToList();
        return new CampaignSuggestions(sources, objectives, creators);
    }

    /// <summary>A page of a column, each card with its recent clicks (one query for the page's campaigns).</summary>
    private async Task<CampaignColumn> ReadPageAsync(
        AppDbContext db, Guid domainId, IQueryable<Campaign> matching, CampaignStatus status, int count, CampaignPageCursor? after,
        CancellationToken cancellationToken)
    {
        var cards = await CampaignQueries.Page(db, matching, status, after, PageSize).ToListAsync(cancellationToken);
        var clicks = await ClickCounts.RecentAsync(db, domainId, [.. cards.Select(c => c.Id)], time, cancellationToken);
        var page = cards.Take(PageSize).Select(c => c with { RecentClicks = clicks.GetValueOrDefault(c.Id) }).ToList();
        var next = cards.Count > PageSize ? new CampaignPageCursor(page[^1].CreatedAt, page[^1].Id) : null;
        return new CampaignColumn(status, count, page, next);
    }
}
