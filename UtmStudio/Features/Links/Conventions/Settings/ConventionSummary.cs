namespace UtmStudio.Features.Links.Conventions.Settings;

/// <summary>What changed between two sets of conventions, one short sentence per setting, for the audit log.</summary>
public static class ConventionSummary
{
    // Long lists of added values are cut short; the log says how many more there were.
    private const int Named = 5;

    public static IReadOnlyList<string> Changes(LinkConventions before, LinkConventions after)
    {
        var changes = new List<string>();
        Add(changes, before.Lowercase != after.Lowercase, after.Lowercase ? "Values are now lowercase." : "Values keep their case.");
        Add(changes, before.Spaces != after.Spaces, $"Spaces: {Spaces(before.Spaces)} → {Spaces(after.Spaces)}.");
        changes.AddRange(ListChanges("Sources", before.Sources, after.Sources));
        changes.AddRange(ListChanges("Mediums", before.Mediums, after.Mediums));
        changes.AddRange(RuleChanges(before.Dependencies, after.Dependencies));
        Add(changes, !before.RequiredFields.Order().SequenceEqual(after.RequiredFields.Order()),
            $"Required: {Names(before.RequiredFields)} → {Names(after.RequiredFields)}.");
        Add(changes, before.ForbiddenCharacters != after.ForbiddenCharacters,
            $"Forbidden characters: {Or(before.ForbiddenCharacters)} → {Or(after.ForbiddenCharacters)}.");
        Add(changes, before.MaxLength != after.MaxLength, $"Maximum length: {Or(before.MaxLength?.ToString())} → {Or(after.MaxLength?.ToString())}.");
        Add(changes, before.UnassignedIsError != after.UnassignedIsError, after.UnassignedIsError
            ? "Links GA4 would report as Unassigned are now refused."
            : "Links GA4 would report as Unassigned are allowed again (with a warning).");

        // Conventions compare their lists in order: a save that only reorders them still says what it did.
        Add(changes, changes.Count == 0 && before != after, "The lists were reordered.");
        return changes;
    }

    private static IEnumerable<string> ListChanges(string noun, AllowedValues before, AllowedValues after)
    {
        if (before.ClosedList != after.ClosedList)
        {
            yield return after.ClosedList ? $"{noun} are now a closed list." : $"{noun} are now suggestions.";
        }

        var added = after.Values.Select(v => v.Value).Except(before.Values.Select(v => v.Value)).ToList();
        var removed = before.Values.Select(v => v.Value).Except(after.Values.Select(v => v.Value)).ToList();
        if (added.Count > 0)
        {
            yield return $"{noun} added: {Names(added)}.";
        }

        if (removed.Count > 0)
        {
            yield return $"{noun} removed: {Names(removed)}.";
        }

        var described = after.Values.Where(v => before.Values.Any(b => b.Value == v.Value && b.Description != v.Description)).Select(v => v.Value).ToList();
        if (described.Count > 0)
        {
            yield return $"{noun} with a new description: {Names(described)}.";
        }
    }

    private static IEnumerable<string> RuleChanges(IReadOnlyList<DependentRule> before, IReadOnlyList<DependentRule> after)
    {
        foreach (var rule in after.Where(r => !before.Contains(r)))
        {
            yield return $"With medium {rule.Medium}, only {Names(rule.Sources)}.";
        }

        foreach (var rule in before.Where(r => !after.Any(a => a.Medium == r.Medium)))
        {
            yield return $"No rule for medium {rule.Medium} any more.";
        }
    }

    private static void Add(List<string> changes, bool changed, string sentence)
    {
        if (changed)
        {
            changes.Add(sentence);
        }
    }

    private static string Spaces(SpaceReplacement spaces) => spaces switch
    {
        SpaceReplacement.Underscore => "become _",
        SpaceReplacement.Hyphen => "become -",
        SpaceReplacement.Remove => "left out",
        _ => "kept",
    };

    private static string Names(IReadOnlyList<string> values) =>
        values.Count == 0 ? "none"
        : values.Count <= Named ? string.Join(", ", values)
        : $"{string.Join(", ", values.Take(Named))} and {values.Count - Named} more";

    private static string Or(string? value) => string.IsNullOrEmpty(value) ? "none" : value;
}
