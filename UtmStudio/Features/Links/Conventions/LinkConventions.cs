using System.Text.Json.Serialization;

namespace UtmStudio.Features.Links.Conventions;

/// <summary>
/// A domain's UTM conventions, set by its managers (stored as <c>domains.link_conventions</c> jsonb, see
/// <see cref="ToJson"/>). They govern every parameter but utm_campaign and utm_id, which belong to the campaign
/// (<see cref="ConventionEnforcer"/> says why). <see cref="None"/> enforces nothing.
/// <para>
/// Immutable: every list is copied when set (a caller's list changing later cannot change the conventions), and a
/// missing or null list reads as empty. Records compare lists by reference, so equality is written out to compare
/// them by content: the settings form and tests can ask "did anything change?" with ==.
/// </para>
/// </summary>
public sealed partial record LinkConventions
{
    public static LinkConventions None { get; } = new();

    /// <summary>Values are written in lowercase ("Google" becomes "google").</summary>
    public bool Lowercase { get; init; }

    public SpaceReplacement Spaces { get; init; }

    public AllowedValues Sources { get; init => field = value ?? AllowedValues.None; } = AllowedValues.None;

    public AllowedValues Mediums { get; init => field = value ?? AllowedValues.None; } = AllowedValues.None;

    public IReadOnlyList<DependentRule> Dependencies { get; init => field = value is null ? [] : [.. value.Where(r => r is not null)]; } = [];

    /// <summary>Optional parameters every link must fill in, by name (see <see cref="ConventionParameters.Requirable"/>).</summary>
    public IReadOnlyList<string> RequiredFields { get; init => field = value is null ? [] : [.. value.Where(f => f is not null)]; } = [];

    /// <summary>Characters no value may contain, as one string ("&amp;#?"); letters compare in either case.</summary>
    public string ForbiddenCharacters { get; init => field = value ?? ""; } = "";

    /// <summary>The longest a value may be (1 to 100); null leaves only the links' own limit of 100.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Links that GA4 would report as Unassigned are refused, not only warned about.</summary>
    public bool UnassignedIsError { get; init; }

    [JsonIgnore]
    public bool IsNone => Equals(None);

    public bool Equals(LinkConventions? other) =>
        other is not null
        && Lowercase == other.Lowercase
        && Spaces == other.Spaces
        && Sources.Equals(other.Sources)
        && Mediums.Equals(other.Mediums)
        && Dependencies.SequenceEqual(other.Dependencies)
        && RequiredFields.SequenceEqual(other.RequiredFields)
        && ForbiddenCharacters == other.ForbiddenCharacters
        && MaxLength == other.MaxLength
        && UnassignedIsError == other.UnassignedIsError;

    public override int GetHashCode() =>
        HashCode.Combine(Lowercase, Spaces, Sources, Mediums, Dependencies.Count, RequiredFields.Count, ForbiddenCharacters, MaxLength);
}
