using System.Text;
using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Features.Links.Conventions;

/// <summary>
/// The unfixable part of the conventions, checked on values already normalised (so "Google" meets the list as
/// "google"). One problem per parameter, the most useful first: a missing value, then what the lists allow (that
/// message names the values to pick from), then forbidden characters, then the length. List values and mediums match
/// whatever their case; descriptions never take part.
/// </summary>
internal static class ConventionChecks
{
    public static string? Problem(string parameter, UtmValues values, LinkConventions conventions)
    {
        var value = ConventionParameters.Get(values, parameter) ?? "";
        if (value.Length == 0)
        {
            // A missing source or medium is the composer's to report ("Enter utm_source."), even when set as required.
            return ConventionParameters.Requirable.Contains(parameter) && conventions.RequiredFields.Contains(parameter)
                ? ConventionMessages.Required(parameter)
                : null;
        }

        return ListProblem(parameter, value, values, conventions) ?? ForbiddenProblem(value, conventions) ?? LengthProblem(value, conventions);
    }

    /// <summary>The sources the rules allow with this medium (all rules for it together), or null when no rule names it.</summary>
    public static IReadOnlyList<string>? SourcesFor(string medium, LinkConventions conventions)
    {
        var rules = conventions.Dependencies.Where(r => Same(r.Medium, medium)).ToList();
        return rules.Count == 0 ? null : [.. rules.SelectMany(r => r.Sources).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string? ListProblem(string parameter, string value, UtmValues values, LinkConventions conventions)
    {
        if (parameter == ConventionParameters.Source && values.Medium.Length > 0
            && SourcesFor(values.Medium, conventions) is { Count: > 0 } sources && !sources.Any(s => Same(s, value)))
        {
            return ConventionMessages.Dependency(values.Medium, sources);
        }

        var list = parameter switch
        {
            ConventionParameters.Source => conventions.Sources,
            ConventionParameters.Medium => conventions.Mediums,
            _ => AllowedValues.None,
        };
        return list.Restricts && !list.Values.Any(v => Same(v.Value, value)) ? ConventionMessages.NotInList(parameter, list.Values, value) : null;
    }

    private static string? ForbiddenProblem(string value, LinkConventions conventions) =>
        ForbiddenIn(value, conventions) is { Count: > 0 } found ? ConventionMessages.Forbidden(found) : null;

    /// <summary>The forbidden characters in a value, each once, as typed.</summary>
    public static IReadOnlyList<string> ForbiddenIn(string value, LinkConventions conventions)
    {
        if (conventions.ForbiddenCharacters.Length == 0)
        {
            return [];
        }

        // Runes, so a forbidden emoji is one character; lowercased, so forbidding é forbids É too.
        var forbidden = conventions.ForbiddenCharacters.EnumerateRunes().Select(Rune.ToLowerInvariant).ToHashSet();
        return [.. value.EnumerateRunes()
            .Where(r => forbidden.Contains(Rune.ToLowerInvariant(r)))
            .DistinctBy(Rune.ToLowerInvariant)
            .Select(r => r.ToString())];
    }

    private static string? LengthProblem(string value, LinkConventions conventions) =>
        conventions.MaxLength is int max && max >= 1 && value.Length > max ? ConventionMessages.TooLong(max, value.Length) : null;
}
