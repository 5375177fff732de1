using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns.Targeting;

namespace UtmStudio.Features.Campaigns;

/// <summary>Applies a checked draft to a campaign and names the fields that really changed (for the audit trail).</summary>
internal static class CampaignChanges
{
    public static IReadOnlyList<string> Apply(Campaign campaign, CampaignDraft draft, string targetingJson)
    {
        var changed = new List<string>();
        Set(campaign.Name, draft.Name, v => campaign.Name = v, "name");
        Set(campaign.Source, draft.Source, v => campaign.Source = v, "source");
        Set(campaign.Objective, draft.Objective, v => campaign.Objective = v, "objective");
        Set(campaign.Description, draft.Description, v => campaign.Description = v, "description");
        Set(campaign.StartsOn, draft.StartsOn, v => campaign.StartsOn = v, "start date");
        Set(campaign.EndsOn, draft.EndsOn, v => campaign.EndsOn = v, "end date");
        Set(campaign.UtmCampaign, draft.UtmCampaign, v => campaign.UtmCampaign = v, "utm_campaign");
        Set(campaign.UtmId, draft.UtmId, v => campaign.UtmId = v, "utm_id");
        // jsonb gives the document back in its own spacing and key order: compare what it says, not its text.
        if (TargetingJson.Serialize(TargetingJson.Parse(campaign.TargetingCriteria)) != targetingJson)
        {
            campaign.TargetingCriteria = targetingJson;
            changed.Add("targeting");
        }

        return changed;

        void Set<T>(T current, T next, Action<T> assign, string label)
        {
            if (!EqualityComparer<T>.Default.Equals(current, next))
            {
                assign(next);
                changed.Add(label);
            }
        }
    }
}
