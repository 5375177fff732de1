using UtmStudio.Features.Campaigns.Targeting;

namespace UtmStudio.Features.Campaigns.Editing;

/// <summary>
/// What the dialog's fields hold while the person types. Kept apart from the draft so a refusal, a link question or
/// a conflict never resets what was typed; only a deliberate "take their version" replaces it.
/// </summary>
public sealed class CampaignForm
{
    public string Name { get; private set; } = "";

    public string Source { get; set; } = "";

    public string Objective { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>The date pickers work in DateTime; the campaign stores days.</summary>
    public DateTime? StartsOn { get; set; }

    public DateTime? EndsOn { get; set; }

    public string UtmCampaign { get; private set; } = "";

    public string? UtmId { get; set; }

    public TargetingCriteria Targeting { get; set; } = TargetingCriteria.Empty;

    /// <summary>While creating, utm_campaign is the name's derived value until the person types their own.</summary>
    public bool UtmCampaignFollowsName { get; private set; }

    public static CampaignForm From(CampaignDraft draft, bool utmCampaignFollowsName) => new()
    {
        Name = draft.Name, Source = draft.Source, Objective = draft.Objective, Description = draft.Description,
        StartsOn = AsDateTime(draft.StartsOn), EndsOn = AsDateTime(draft.EndsOn), UtmCampaign = draft.UtmCampaign, UtmId = draft.UtmId,
        Targeting = draft.Targeting, UtmCampaignFollowsName = utmCampaignFollowsName,
    };

    public void SetName(string? name)
    {
        Name = name ?? "";
        if (UtmCampaignFollowsName)
        {
            UtmCampaign = UtmCampaignValue.Derive(Name);
        }
    }

    /// <summary>The person typed a value: from now on it is theirs, and renaming the campaign leaves it alone.</summary>
    public void SetUtmCampaign(string? value)
    {
        UtmCampaignFollowsName = false;
        UtmCampaign = value ?? "";
    }

    public CampaignDraft ToDraft() => new(Name, Source, Objective, Description, AsDateOnly(StartsOn), AsDateOnly(EndsOn), UtmCampaign, UtmId, Targeting);

    private static DateTime? AsDateTime(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? AsDateOnly(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}
