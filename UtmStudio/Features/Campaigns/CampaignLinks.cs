using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;

namespace UtmStudio.Features.Campaigns;

/// <summary>What a campaign change does to its links.</summary>
internal static class CampaignLinks
{
    /// <summary>
    /// Gives every link of the campaign the new utm_campaign, in its column and in its full URL. The value has only
    /// URL-safe characters (<see cref="UtmCampaignValue"/>), so it goes into the query as it is; every other part of
    /// the URL keeps its exact text.
    /// </summary>
    public static Task<int> SetUtmCampaignAsync(AppDbContext db, Guid campaignId, string utmCampaign, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            UPDATE links
            SET utm_campaign = {utmCampaign},
                full_url = regexp_replace(full_url, '([?&])utm_campaign=[^&#]*', '\1utm_campaign=' || {utmCampaign}, 'gi')
            WHERE campaign_id = {campaignId}
            """,
            cancellationToken);
}
