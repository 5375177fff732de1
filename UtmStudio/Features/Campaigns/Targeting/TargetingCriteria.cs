namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>
/// Whom a campaign is meant for, stored as the campaign's <c>targeting_criteria</c> jsonb (shape:
/// targeting-criteria.schema.json, docs/targeting.md). Empty parts mean "no restriction".
/// Equality compares contents, so an editor or a dialog can tell whether anything changed.
/// </summary>
public sealed record TargetingCriteria(
    IReadOnlyList<string> Locations,
    IReadOnlyList<string> Languages,
    AgeRange? AgeRange,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<string> Devices,
    IReadOnlyDictionary<string, string> Custom)
{
    public static TargetingCriteria Empty { get; } = new([], [], null, [], [], new Dictionary<string, string>());

    public bool IsEmpty =>
        Locations.Count == 0 && Languages.Count == 0 && (AgeRange is null || AgeRange.IsEmpty)
        && Audiences.Count == 0 && Devices.Count == 0 && Custom.Count == 0;

    public bool Equals(TargetingCriteria? other) =>
        other is not null
        && Locations.SequenceEqual(other.Locations)
        && Languages.SequenceEqual(other.Languages)
        && Equals(NullIfEmpty(AgeRange), NullIfEmpty(other.AgeRange))
        && Audiences.SequenceEqual(other.Audiences)
        && Devices.SequenceEqual(other.Devices)
        && Custom.Count == other.Custom.Count
        && Custom.All(pair => other.Custom.TryGetValue(pair.Key, out var value) && value == pair.Value);

    public override int GetHashCode() =>
        HashCode.Combine(Locations.Count, Languages.Count, NullIfEmpty(AgeRange), Audiences.Count, Devices.Count, Custom.Count);

    private static AgeRange? NullIfEmpty(AgeRange? range) => range is null || range.IsEmpty ? null : range;
}
