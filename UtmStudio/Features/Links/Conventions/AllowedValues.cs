using System.Text.Json.Serialization;

namespace UtmStudio.Features.Links.Conventions;

/// <summary>One value a team uses for utm_source or utm_medium, with an optional note shown beside it in the builder.</summary>
public sealed record AllowedValue(string Value, string? Description = null)
{
    // A stored document may hold "value": null; an empty value then matches nothing instead of throwing later.
    public string Value { get; init => field = value ?? ""; } = Value ?? "";
}

/// <summary>
/// The values a team uses for a parameter: suggestions (<see cref="ClosedList"/> false: the builder offers them, any
/// other value is still fine) or a closed list (only these). A closed list without values restricts nothing, so a
/// half-finished setting never blocks every link. Equality compares the values, so the settings form can tell
/// whether anything changed.
/// </summary>
public sealed record AllowedValues
{
    public static AllowedValues None { get; } = new();

    public IReadOnlyList<AllowedValue> Values { get; init => field = value is null ? [] : [.. value.Where(v => v is not null)]; } = [];

    public bool ClosedList { get; init; }

    /// <summary>True when a value outside the list is a problem.</summary>
    [JsonIgnore]
    public bool Restricts => ClosedList && Values.Count > 0;

    public static AllowedValues Closed(params string[] values) => new() { Values = [.. values.Select(v => new AllowedValue(v))], ClosedList = true };

    public static AllowedValues Suggested(params string[] values) => new() { Values = [.. values.Select(v => new AllowedValue(v))] };

    public bool Equals(AllowedValues? other) => other is not null && ClosedList == other.ClosedList && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(ClosedList, Values.Count);
}
