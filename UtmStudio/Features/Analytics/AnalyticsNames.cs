using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;

namespace UtmStudio.Features.Analytics;

/// <summary>
/// Names for the campaign and link ids that breakdown rows hold, read in one query each for the rows shown. An id
/// with no row any more is a deleted campaign or link: its clicks stay in every total, under "Deleted campaign".
/// </summary>
internal static class AnalyticsNames
{
    public const string DeletedCampaign = "Deleted campaign";

    public const string DeletedLink = "Deleted link";

    public static async Task<Breakdown> CampaignsAsync(AppDbContext db, Guid domainId, Breakdown campaigns, CancellationToken cancellationToken)
    {
        var ids = Ids(campaigns);
        var names = await db.Campaigns.AsNoTracking().Where(c => c.DomainId == domainId && ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return campaigns with
        {
            Rows = [.. campaigns.Rows.Select(r => Guid.TryParse(r.Value, out var id) && names.TryGetValue(id, out var name)
                ? r with { Id = id, Label = name }
                : r with { Id = Parsed(r.Value), Label = DeletedCampaign, IsDeleted = true })],
        };
    }

    public static async Task<Breakdown> LinksAsync(AppDbContext db, Guid domainId, Breakdown links, CancellationToken cancellationToken)
    {
        var ids = Ids(links);
        var names = await db.Links.AsNoTracking().Where(l => l.DomainId == domainId && ids.Contains(l.Id))
            .Select(l => new { l.Id, l.Label, l.UtmSource, l.UtmMedium, Campaign = l.Campaign!.Name })
            .ToDictionaryAsync(l => l.Id, cancellationToken);
        return links with
        {
            Rows = [.. links.Rows.Select(r => Guid.TryParse(r.Value, out var id) && names.TryGetValue(id, out var link)
                ? r with { Id = id, Label = LinkTitle(link.Label, link.UtmSource, link.UtmMedium), Detail = link.Campaign }
                : r with { Id = Parsed(r.Value), Label = DeletedLink, IsDeleted = true })],
        };
    }

    /// <summary>As the link lists name a link: its label, or "source / medium".</summary>
    public static string LinkTitle(string? label, string source, string medium) => label ?? $"{source} / {medium}";

    private static List<Guid> Ids(Breakdown breakdown) =>
        [.. breakdown.Rows.Select(r => Parsed(r.Value)).OfType<Guid>()];

    private static Guid? Parsed(string value) => Guid.TryParse(value, out var id) ? id : null;
}
