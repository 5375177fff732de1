using System.Globalization;
using System.Text.Json;

namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>
/// A place in a targeting document: its JSON Pointer segments and the value there. <see cref="Key"/> is the field
/// name the errors use ("targeting.locations[2]", "targeting.ageRange.min", "targeting.custom.tier").
/// </summary>
internal sealed record TargetingLocation(IReadOnlyList<string> Segments, JsonElement Value, bool LastIsIndex)
{
    public const string RootKey = "targeting";

    /// <summary>The top-level property ("locations"), or "" for the document itself.</summary>
    public string Field => Segments.Count > 0 ? Segments[0] : string.Empty;

    public int Depth => Segments.Count;

    /// <summary>The last segment: an index in a list, a property name in an object.</summary>
    public string Name => Segments.Count > 0 ? Segments[^1] : string.Empty;

    public int Index => LastIsIndex ? int.Parse(Name, CultureInfo.InvariantCulture) : -1;

    public string Key => string.Concat(Segments.Select((segment, i) =>
        i == Segments.Count - 1 && LastIsIndex ? $"[{segment}]" : "." + segment)).Insert(0, RootKey);

    /// <summary>The value as a message quotes it: the text of a string (shortened), the JSON of anything else.</summary>
    public string Quoted
    {
        get
        {
            var text = Value.ValueKind == JsonValueKind.String ? Value.GetString()! : Value.GetRawText();
            return text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
        }
    }

    /// <summary>Follows a JSON Pointer ("/locations/2") from the document root.</summary>
    public static TargetingLocation At(JsonElement root, string pointer)
    {
        var segments = pointer.Length == 0
            ? []
            : pointer.TrimStart('/').Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        var value = root;
        var lastIsIndex = false;
        foreach (var segment in segments)
        {
            lastIsIndex = value.ValueKind == JsonValueKind.Array;
            value = lastIsIndex ? value[int.Parse(segment, CultureInfo.InvariantCulture)] : value.GetProperty(segment);
        }

        return new TargetingLocation(segments, value, lastIsIndex);
    }

    /// <summary>The entries of a top-level list, each with its location.</summary>
    public static IEnumerable<TargetingLocation> ItemsOf(JsonElement root, string field) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(field, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select((item, i) => new TargetingLocation([field, i.ToString(CultureInfo.InvariantCulture)], item, true))
            : [];
}
