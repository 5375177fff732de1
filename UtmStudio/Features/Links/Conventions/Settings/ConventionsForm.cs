namespace UtmStudio.Features.Links.Conventions.Settings;

/// <summary>
/// The settings page's editable copy of a domain's conventions. Every change is read back with
/// <see cref="ToConventions"/>, which the page validates, compares with the saved ones ("unsaved changes") and
/// feeds to the try-it box and the existing-links check.
/// </summary>
public sealed class ConventionsForm
{
    public bool Lowercase { get; set; }

    public SpaceReplacement Spaces { get; set; }

    public int? MaxLength { get; set; }

    public string ForbiddenCharacters { get; set; } = "";

    public HashSet<string> RequiredFields { get; } = [];

    public ValueListForm Sources { get; } = new();

    public ValueListForm Mediums { get; } = new();

    public List<RuleRow> Rules { get; } = [];

    public bool UnassignedIsError { get; set; }

    public static ConventionsForm From(LinkConventions conventions)
    {
        var form = new ConventionsForm
        {
            Lowercase = conventions.Lowercase,
            Spaces = conventions.Spaces,
            MaxLength = conventions.MaxLength,
            ForbiddenCharacters = conventions.ForbiddenCharacters,
            UnassignedIsError = conventions.UnassignedIsError,
        };
        form.RequiredFields.UnionWith(conventions.RequiredFields);
        form.Sources.Load(conventions.Sources);
        form.Mediums.Load(conventions.Mediums);
        form.Rules.AddRange(conventions.Dependencies.Select(r => new RuleRow { Medium = r.Medium, Sources = [.. r.Sources] }));
        return form;
    }

    /// <summary>The conventions as the page shows them. Required fields follow the page's order, so ticking and
    /// unticking one gives back the saved conventions (and no "unsaved changes").</summary>
    public LinkConventions ToConventions() => new()
    {
        Lowercase = Lowercase,
        Spaces = Spaces,
        MaxLength = MaxLength,
        ForbiddenCharacters = ForbiddenCharacters,
        RequiredFields = [.. ConventionParameters.Requirable.Where(RequiredFields.Contains)],
        Sources = Sources.ToAllowedValues(),
        Mediums = Mediums.ToAllowedValues(),
        Dependencies = [.. Rules.Select(r => new DependentRule(r.Medium.Trim(), r.Sources))],
        UnassignedIsError = UnassignedIsError,
    };

    /// <summary>Whether some list value is spelled against the rules (after lowercase was switched on, say).</summary>
    public bool ListsNeedTidying => AllListValues().Any(v => v.Length > 0 && ValueNormaliser.Normalise(v, ToConventions()) != v);

    /// <summary>Rewrites every list value as the rules would ("Google Ads" → "google_ads"), the managers' one-click fix.</summary>
    public void TidyLists()
    {
        var conventions = ToConventions();
        string Tidy(string value) => ValueNormaliser.Normalise(value, conventions);
        Sources.Tidy(Tidy);
        Mediums.Tidy(Tidy);
        foreach (var rule in Rules)
        {
            rule.Medium = Tidy(rule.Medium);
            rule.Sources = [.. rule.Sources.Select(Tidy).Distinct(StringComparer.OrdinalIgnoreCase)];
        }
    }

    private IEnumerable<string> AllListValues() =>
        Sources.Rows.Select(r => r.Value).Concat(Mediums.Rows.Select(r => r.Value))
            .Concat(Rules.Select(r => r.Medium)).Concat(Rules.SelectMany(r => r.Sources));
}

/// <summary>A dependent rule as the page edits it: a medium and the sources it allows.</summary>
public sealed class RuleRow
{
    public string Medium { get; set; } = "";

    public IReadOnlyList<string> Sources { get; set; } = [];
}
