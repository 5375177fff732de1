using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Links.Channels;
using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Features.Links;

/// <summary>Links as the pages show them: with their campaign's name and their creator's, in one query.</summary>
public static class LinkQueries
{
    public const string FormerMember = "A former member";

    public static async Task<LinkDetails?> DetailsAsync(
        AppDbContext db, Guid domainId, Guid linkId, bool isManager, Guid userId, bool readOnly, CancellationToken cancellationToken)
    {
        var row = await Rows(db, db.Links.Where(l => l.DomainId == domainId && l.Id == linkId)).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : ToDetails(row, isManager, userId, readOnly);
    }

    public static IQueryable<LinkRow> Rows(AppDbContext db, IQueryable<Link> links) =>
        links.AsNoTracking().Select(l => new LinkRow
        {
            Link = l,
            CampaignName = l.Campaign!.Name,
            Creator = db.Users.Where(u => u.Id == l.CreatedBy).Select(u => u.DisplayName ?? u.Email).FirstOrDefault(),
        });

    public static LinkDetails ToDetails(LinkRow row, bool isManager, Guid userId, bool readOnly)
    {
        var l = row.Link;
        var values = new UtmValues(l.UtmSource, l.UtmMedium, l.UtmCampaign, l.UtmContent, l.UtmTerm, l.UtmId,
            l.UtmSourcePlatform, l.UtmCreativeFormat, l.UtmMarketingTactic);
        return new LinkDetails(
            l.Id, l.CampaignId, row.CampaignName, l.LandingUrl, values, l.FullUrl, l.ShortCode, l.Label, l.Tags,
            Ga4ChannelStorage.Read(l.Ga4Channel), l.CreatedBy, row.Creator ?? FormerMember, l.CreatedAt ?? default,
            l.UpdatedAt ?? default, l.Version, !readOnly && (isManager || l.CreatedBy == userId), readOnly);
    }

    public sealed class LinkRow
    {
        public required Link Link { get; init; }

        public required string CampaignName { get; init; }

        public string? Creator { get; init; }
    }
}
