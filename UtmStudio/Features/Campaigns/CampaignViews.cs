using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns.Targeting;

namespace UtmStudio.Features.Campaigns;

/// <summary>A campaign on the board. <see cref="RecentClicks"/>: clicks of the last 30 days, bots left out
/// (Analytics.ClickCounts).</summary>
public sealed record CampaignCard(
    Guid Id,
    string Name,
    string Source,
    string Objective,
    CampaignStatus Status,
    string UtmCampaign,
    Guid CreatedBy,
    string CreatorName,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    int LinkCount,
    DateTimeOffset CreatedAt,
    uint Version,
    long RecentClicks = 0);

/// <summary>A campaign with everything its page shows.</summary>
public sealed record CampaignDetails(
    Guid Id,
    string DomainName,
    string Name,
    string Source,
    string Objective,
    string? Description,
    CampaignStatus Status,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string UtmCampaign,
    string? UtmId,
    TargetingCriteria Targeting,
    Guid CreatedBy,
    string CreatorName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int LinkCount,
    uint Version,
    bool CanDelete,
    bool IsReadOnly)
{
    public CampaignDraft ToDraft() => new(Name, Source, Objective, Description, StartsOn, EndsOn, UtmCampaign, UtmId, Targeting);
}

/// <summary>What goes with a campaign when it is deleted (said in the confirmation).</summary>
public sealed record CampaignDeletionImpact(string Name, int LinkCount);

/// <summary>Suggestions for the dialog and the board's filters: objectives, the domain's own sources, its people.</summary>
public sealed record CampaignSuggestions(IReadOnlyList<string> Sources, IReadOnlyList<string> Objectives, IReadOnlyList<CampaignCreator> Creators);

public sealed record CampaignCreator(Guid UserId, string Name);
