using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Features.Shared;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns.Targeting;

namespace UtmStudio.Features.Campaigns;

/// <summary>
/// The campaign queries, as the database runs them: filtering, counting and paging happen in SQL, on the
/// indexes of the campaigns table (idx_campaigns_board for a column's keyset pages).
/// </summary>
internal static class CampaignQueries
{
    public const string FormerMember = "A former member";

    public static IQueryable<Campaign> Filtered(AppDbContext db, Guid domainId, CampaignBoardFilter filter)
    {
        var campaigns = db.Campaigns.AsNoTracking().Where(c => c.DomainId == domainId);
        if (filter.Search is { } search)
        {
            var pattern = LikePatterns.Containing(search);
            campaigns = campaigns.Where(c => EF.Functions.ILike(c.Name, pattern, LikePatterns.Escape) || EF.Functions.ILike(c.UtmCampaign, pattern, LikePatterns.Escape)
                || (c.Description != null && EF.Functions.ILike(c.Description, pattern, LikePatterns.Escape)));
        }

        if (filter.Source is { } source)
        {
            var exact = LikePatterns.Exact(source);
            campaigns = campaigns.Where(c => EF.Functions.ILike(c.Source, exact, LikePatterns.Escape));
        }

        if (filter.Objective is { } objective)
        {
            var exact = LikePatterns.Exact(objective);
            campaigns = campaigns.Where(c => EF.Functions.ILike(c.Objective, exact, LikePatterns.Escape));
        }

        if (filter.Creator is { } creator)
        {
            campaigns = campaigns.Where(c => c.CreatedBy == creator);
        }

        if (filter.From is { } from)
        {
            campaigns = campaigns.Where(c => c.EndsOn == null || c.EndsOn >= from);
        }

        if (filter.To is { } to)
        {
            campaigns = campaigns.Where(c => c.StartsOn == null || c.StartsOn <= to);
        }

        return campaigns;
    }

    /// <summary>One page of a column, newest first, after <paramref name="after"/>; one more than asked, to tell whether more follow.</summary>
    public static IQueryable<CampaignCard> Page(AppDbContext db, IQueryable<Campaign> campaigns, CampaignStatus? status, CampaignPageCursor? after, int size)
    {
        var column = status is { } only ? campaigns.Where(c => c.Status == only) : campaigns;
        if (after is { } cursor)
        {
            DateTimeOffset? createdAt = cursor.CreatedAt;
            column = column.Where(c => EF.Functions.LessThan(ValueTuple.Create(c.CreatedAt, c.Id), ValueTuple.Create(createdAt, cursor.Id)));
        }

        return Cards(db, column.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(size + 1));
    }

    public static IQueryable<CampaignCard> Cards(AppDbContext db, IQueryable<Campaign> campaigns) =>
        campaigns.Select(c => new CampaignCard(
            c.Id, c.Name, c.Source, c.Objective, c.Status, c.UtmCampaign, c.CreatedBy,
            db.Users.Where(u => u.Id == c.CreatedBy).Select(u => u.DisplayName ?? u.Email).FirstOrDefault() ?? FormerMember,
            c.StartsOn, c.EndsOn, db.Links.Count(l => l.CampaignId == c.Id), c.CreatedAt ?? DateTimeOffset.MinValue, c.Version, 0));

    public static async Task<CampaignDetails?> DetailsAsync(
        AppDbContext db, Guid domainId, string domainName, Guid campaignId, bool canManage, Guid callerId, bool isReadOnly,
        CancellationToken cancellationToken)
    {
        var row = await db.Campaigns.AsNoTracking().Where(c => c.DomainId == domainId && c.Id == campaignId)
            .Select(c => new
            {
                Campaign = c,
                Creator = db.Users.Where(u => u.Id == c.CreatedBy).Select(u => u.DisplayName ?? u.Email).FirstOrDefault(),
                Links = db.Links.Count(l => l.CampaignId == c.Id),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var c = row.Campaign;
        return new CampaignDetails(c.Id, domainName, c.Name, c.Source, c.Objective, c.Description, c.Status, c.StartsOn, c.EndsOn,
            c.UtmCampaign, c.UtmId, TargetingJson.Parse(c.TargetingCriteria), c.CreatedBy, row.Creator ?? FormerMember,
            c.CreatedAt ?? DateTimeOffset.MinValue, c.UpdatedAt ?? c.CreatedAt ?? DateTimeOffset.MinValue, row.Links, c.Version,
            CanDelete: !isReadOnly && (canManage || c.CreatedBy == callerId), isReadOnly);
    }
}
