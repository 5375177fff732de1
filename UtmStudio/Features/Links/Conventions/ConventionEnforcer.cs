using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Features.Links.Conventions;

/// <summary>
/// Applies a domain's conventions to a link's values, as a pure function: the builder calls it as the user types
/// (showing <see cref="ConventionOutcome.Changes"/>), the service again on save and on every import row.
/// <list type="bullet">
/// <item>fixable rules are fixed, in this order: lowercase, spaces, then the spelling of a source or medium that is
/// in the team's lists in another case (only when lowercase is off: "facebook" becomes the list's "Facebook");</item>
/// <item>the other rules are checked on the fixed values and become problems (see <see cref="ConventionChecks"/>);</item>
/// <item>utm_campaign and utm_id are never changed nor reported: they come from the campaign, where they are set
/// once for all its links; a link rewriting them would be reported apart from its own campaign, and a convention
/// tightened later would make a campaign's existing links impossible to save. The campaign form owns them;</item>
/// <item>idempotent: applying to its own result changes nothing and finds the same problems.</item>
/// </list>
/// Values come back trimmed, blank optional ones as null; trimming is not a convention and is not listed.
/// </summary>
public static partial class ConventionEnforcer
{
    public static ConventionOutcome Apply(UtmValues values, LinkConventions conventions)
    {
        var changes = new List<ConventionChange>();
        var result = values;
        foreach (var parameter in ConventionParameters.Governed)
        {
            var fixedValue = Fix(parameter, ConventionParameters.Get(values, parameter), conventions, changes);
            result = ConventionParameters.With(result, parameter, fixedValue);
        }

        var problems = new Dictionary<string, string>();
        foreach (var parameter in ConventionParameters.Governed)
        {
            if (ConventionChecks.Problem(parameter, result, conventions) is { } problem)
            {
                problems[parameter] = problem;
            }
        }

        return new ConventionOutcome(result, changes, problems);
    }

    /// <summary>
    /// Why an existing link breaks the conventions (for the "which links break a newly tightened rule" report):
    /// every fix the conventions would make and every problem, "utm_source: …", in URL order; empty when it follows them.
    /// </summary>
    public static IReadOnlyList<string> Breaks(UtmValues values, LinkConventions conventions)
    {
        var outcome = Apply(values, conventions);
        var reasons = new List<string>();
        foreach (var parameter in ConventionParameters.Governed)
        {
            reasons.AddRange(outcome.Changes.Where(c => c.Parameter == parameter).Select(c => $"{parameter}: '{c.From}' becomes '{c.To}'. {c.Why}"));
            if (outcome.Problems.TryGetValue(parameter, out var problem))
            {
                reasons.Add($"{parameter}: {problem}");
            }
        }

        return reasons;
    }

    private static string Fix(string parameter, string? value, LinkConventions conventions, List<ConventionChange> changes)
    {
        var trimmed = (value ?? "").Trim();
        var lowercase = ValueNormaliser.Lowercase(trimmed, conventions);
        Record(changes, parameter, trimmed, lowercase, ConventionMessages.Lowercase);
        var spaced = ValueNormaliser.ReplaceSpaces(lowercase, conventions.Spaces);
        Record(changes, parameter, lowercase, spaced, ConventionMessages.Spaces(conventions.Spaces));
        var spelled = Spelling(parameter, spaced, conventions);
        Record(changes, parameter, spaced, spelled, ConventionMessages.Spelling(parameter, spelled));
        return spelled;
    }

    private static void Record(List<ConventionChange> changes, string parameter, string from, string to, string why)
    {
        if (from != to)
        {
            changes.Add(new ConventionChange(parameter, from, to, why));
        }
    }

    /// <summary>
    /// The list's spelling of a value typed in another case. Only spellings the conventions would leave as they are
    /// qualify (a badly set "Google" with lowercase on is never restored), which keeps applying idempotent.
    /// </summary>
    private static string Spelling(string parameter, string value, LinkConventions conventions)
    {
        IEnumerable<string> known = parameter switch
        {
            ConventionParameters.Source => conventions.Sources.Values.Select(v => v.Value).Concat(conventions.Dependencies.SelectMany(r => r.Sources)),
            ConventionParameters.Medium => conventions.Mediums.Values.Select(v => v.Value).Concat(conventions.Dependencies.Select(r => r.Medium)),
            _ => [],
        };
        var candidates = known.Where(k => ConventionChecks.Same(k, value)).ToList();
        if (value.Length == 0 || candidates.Contains(value))
        {
            return value;
        }

        return candidates.FirstOrDefault(c => ValueNormaliser.Normalise(c, conventions) == c) ?? value;
    }
}
