using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Campaigns;

/// <summary>
/// Someone else saved the campaign since it was read (its xmin moved on). Carries the campaign as it is now, so
/// the page can show what changed and let the person reload or overwrite deliberately — never a silent lost update.
/// </summary>
public sealed class CampaignChangedProblem(CampaignDetails current)
    : AppProblem(ErrorCodes.ConcurrencyConflict, $"Someone else changed the campaign {current.Name} since you opened it.")
{
    public CampaignDetails Current { get; } = current;
}
