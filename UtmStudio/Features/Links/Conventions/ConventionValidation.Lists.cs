using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Features.Links.Conventions;

/// <summary>The checks of the source and medium lists and of the rules between them.</summary>
public static partial class ConventionValidation
{
    private static string? ListProblem(string noun, AllowedValues list, LinkConventions conventions)
    {
        if (list.Values.Count > MaxListValues)
        {
            return $"Keep the list to {MaxListValues} {noun}s.";
        }

        if (list.ClosedList && list.Values.Count == 0)
        {
            return $"A closed list needs at least one {noun}: add some, or let people use any {noun}.";
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var allowed in list.Values)
        {
            if (ValueProblem(noun, allowed.Value, conventions) is { } problem)
            {
                return problem;
            }

            if (!seen.Add(allowed.Value))
            {
                return $"'{allowed.Value}' is in the list twice; keep one.";
            }

            if (allowed.Description?.Length > MaxDescriptionLength)
            {
                return $"The description of '{allowed.Value}' is too long; keep it to {MaxDescriptionLength} characters.";
            }
        }

        return null;
    }

    private static string? DependenciesProblem(LinkConventions conventions)
    {
        if (conventions.Dependencies.Count > MaxListValues)
        {
            return $"Keep the rules to {MaxListValues}.";
        }

        var mediums = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in conventions.Dependencies)
        {
            var problem = ValueProblem("medium", rule.Medium, conventions)
                ?? (mediums.Add(rule.Medium) ? null : $"There are two rules for medium {rule.Medium}; make them one.")
                ?? (!conventions.Mediums.Restricts || Listed(conventions.Mediums, rule.Medium)
                    ? null
                    : $"The rule is for medium {rule.Medium}, which isn't one of your team's mediums; add it to the mediums first.")
                ?? (rule.Sources.Count > 0 ? null : $"The rule for medium {rule.Medium} needs at least one source.")
                ?? rule.Sources.Select(source => SourceProblem(rule.Medium, source, conventions)).FirstOrDefault(p => p is not null);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? SourceProblem(string medium, string source, LinkConventions conventions) =>
        ValueProblem("source", source, conventions)
        ?? (!conventions.Sources.Restricts || Listed(conventions.Sources, source)
            ? null
            : $"The rule for medium {medium} allows {source}, which isn't one of your team's sources; add it to the sources first.");

    private static bool Listed(AllowedValues list, string value) => list.Values.Any(v => ConventionChecks.Same(v.Value, value));

    /// <summary>A list value must be one the conventions accept as it is: nothing to fix, nothing forbidden, not too long.</summary>
    private static string? ValueProblem(string noun, string value, LinkConventions conventions)
    {
        if (value.Trim().Length == 0)
        {
            return $"Fill in every {noun}, or remove the empty one.";
        }

        if (value.Any(char.IsControl))
        {
            return $"'{Shown(value)}' contains a line break or tab; remove it.";
        }

        var normalised = ValueNormaliser.Normalise(value, conventions);
        if (normalised != value)
        {
            return $"'{Shown(value)}' doesn't follow your team's own rules; write it as '{Shown(normalised)}'.";
        }

        var max = conventions.MaxLength is int limit and >= 1 and < UtmUrlComposer.MaxValueLength ? limit : UtmUrlComposer.MaxValueLength;
        if (value.Length > max)
        {
            return $"'{Shown(value)}' is longer than {max} characters; shorten it.";
        }

        var forbidden = ConventionChecks.ForbiddenIn(value, conventions);
        return forbidden.Count == 0
            ? null
            : $"'{Shown(value)}' contains {ConventionMessages.AllOf(forbidden)}, which your team forbids; remove it from the value or from the forbidden characters.";
    }

    // Long values are cut in messages so they stay readable.
    private static string Shown(string value) => value.Length <= 30 ? value : value[..30] + "…";
}
