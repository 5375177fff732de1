using UtmStudio.Features.Campaigns.Targeting;

namespace UtmStudio.Features.Campaigns;

/// <summary>What a person types to create or edit a campaign (the dialog and, later, the API).</summary>
public sealed record CampaignDraft(
    string Name,
    string Source,
    string Objective,
    string? Description,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string UtmCampaign,
    string? UtmId,
    TargetingCriteria Targeting)
{
    /// <summary>A new campaign: its utm_campaign follows the name until the person types their own.</summary>
    public static CampaignDraft New(string name = "") =>
        new(name, "", "", null, null, null, UtmCampaignValue.Derive(name), null, TargetingCriteria.Empty);
}

/// <summary>When a campaign that has links gets a new utm_campaign: what happens to its links.</summary>
public enum LinksOnUtmCampaignChange
{
    /// <summary>Not decided: the service refuses with <c>campaign.utm_campaign_has_links</c> so the page can ask.</summary>
    Ask,

    /// <summary>Existing links keep the value they were published with (printed links stay as they are).</summary>
    KeepOld,

    /// <summary>Existing links take the new value (their full URL is rebuilt).</summary>
    Update,
}
