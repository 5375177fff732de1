namespace UtmStudio.Features.Links.Conventions;

public static partial class ConventionEnforcer
{
    /// <summary>
    /// The team's values for an autocomplete: those whose value starts with what is typed, then those that contain it
    /// (compared normalised and in any case, so "Goo" finds "google"), in the list's order; everything when nothing is
    /// typed. For utm_source, give the medium: a dependency rule for it narrows the sources to the ones it allows
    /// (with the source list's descriptions). Other parameters have no lists, so nothing.
    /// </summary>
    public static IReadOnlyList<AllowedValue> Suggest(string parameter, string? typed, LinkConventions conventions, string? medium = null)
    {
        var values = parameter switch
        {
            ConventionParameters.Source => SourcesToSuggest(ValueNormaliser.Normalise(medium, conventions), conventions),
            ConventionParameters.Medium => conventions.Mediums.Values,
            _ => [],
        };
        var wanted = ValueNormaliser.Normalise(typed, conventions);
        var starting = values.Where(v => v.Value.StartsWith(wanted, StringComparison.OrdinalIgnoreCase));
        var containing = values.Where(v => v.Value.Contains(wanted, StringComparison.OrdinalIgnoreCase));
        return [.. starting.Concat(containing).Distinct()];
    }

    private static IReadOnlyList<AllowedValue> SourcesToSuggest(string medium, LinkConventions conventions)
    {
        var allowed = medium.Length == 0 ? null : ConventionChecks.SourcesFor(medium, conventions);
        if (allowed is null)
        {
            return conventions.Sources.Values;
        }

        return [.. allowed.Select(source =>
            conventions.Sources.Values.FirstOrDefault(v => ConventionChecks.Same(v.Value, source)) ?? new AllowedValue(source))];
    }
}
