using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Links;

/// <summary>Someone else saved the link since it was read; carries the link as it is now, to show and reload.</summary>
public sealed class LinkChangedProblem(LinkDetails current)
    : AppProblem(ErrorCodes.ConcurrencyConflict, "Someone else changed this link since you opened it.")
{
    public LinkDetails Current { get; } = current;
}

/// <summary>Rule 7: another link of the domain already has exactly this URL; carries that link to show it.</summary>
public sealed class LinkDuplicateProblem(LinkDetails existing)
    : AppProblem(ErrorCodes.LinkDuplicate, $"This exact link already exists in the campaign {existing.CampaignName}.")
{
    public LinkDetails Existing { get; } = existing;
}
