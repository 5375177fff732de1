namespace UtmStudio.Features.Campaigns.Board;

/// <summary>A saved campaign as the board shows it (after a move, a conflict or a create). A save does not change
/// clicks: the card keeps the recent clicks it showed.</summary>
public static class CampaignCards
{
    public static CampaignCard From(CampaignDetails d, long recentClicks = 0) =>
        new(d.Id, d.Name, d.Source, d.Objective, d.Status, d.UtmCampaign, d.CreatedBy, d.CreatorName, d.StartsOn, d.EndsOn,
            d.LinkCount, d.CreatedAt, d.Version, recentClicks);
}
