using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Features.Links.Conventions;

/// <summary>
/// The values with the conventions applied, the fixes made on the way, and what the conventions refuse
/// (parameter name → a message that says what is allowed). A link may be saved only when <see cref="IsValid"/>.
/// </summary>
public sealed record ConventionOutcome(UtmValues Values, IReadOnlyList<ConventionChange> Changes, IReadOnlyDictionary<string, string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
