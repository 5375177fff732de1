using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Links.Conventions.Settings;

/// <summary>
/// Another manager saved the conventions since this one started editing. Carries the conventions as they are now,
/// so the page can offer them instead of silently overwriting a colleague's rules.
/// </summary>
public sealed class LinkConventionsChangedProblem(DomainConventions current)
    : AppProblem(ErrorCodes.ConcurrencyConflict,
        $"Another manager changed the UTM conventions of {current.DomainName} since you opened them. Load theirs, then make your changes again.")
{
    public DomainConventions Current { get; } = current;
}
