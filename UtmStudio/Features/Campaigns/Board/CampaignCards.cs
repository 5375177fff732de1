namespace UtmStudio.Features.Campaigns.Board;

/// <summary>A saved campaign as the board shows it (after a move, a conflict or a create).</summary>
public static class CampaignCards
{
    public static CampaignCard From(CampaignDetails d) =>
        new(d.Id, d.Name, d.Source, d.Objective, d.Status, d.UtmCampaign, d.CreatedBy, d.CreatorName, d.StartsOn, d.EndsOn,
            d.LinkCount, d.CreatedAt, d.Version);

    /// <summary>What the person had in front of them when they moved the card: the card's own fields, the rest as
    /// stored now (the card does not show them). The conflict dialog compares this with the campaign now.</summary>
    public static CampaignDraft SeenOnCard(CampaignCard card, CampaignDetails current) =>
        current.ToDraft() with
        {
            Name = card.Name,
            Source = card.Source,
            Objective = card.Objective,
            StartsOn = card.StartsOn,
            EndsOn = card.EndsOn,
            UtmCampaign = card.UtmCampaign,
        };
}
