namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>
/// Collects messages per field and hands them out in the document's order (the schema library reports in its own
/// order), so "the first error" is the first field a reader meets.
/// </summary>
internal sealed class TargetingErrors
{
    private static readonly string[] FieldOrder = ["", "locations", "languages", "ageRange", "audiences", "devices", "custom"];

    private readonly Dictionary<string, List<string>> _messages = new(StringComparer.Ordinal);

    public void Add(string key, string message)
    {
        if (!_messages.TryGetValue(key, out var list))
        {
            _messages[key] = list = [];
        }

        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary()
    {
        var ordered = new OrderedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in _messages.Keys.OrderBy(FieldRank).ThenBy(IndexOf).ThenBy(k => k, StringComparer.Ordinal))
        {
            ordered[key] = [.. _messages[key]];
        }

        return ordered;
    }

    // "targeting.locations[2]" → rank of "locations"; unknown fields come after the known ones.
    private static int FieldRank(string key)
    {
        var field = key.Length > TargetingLocation.RootKey.Length ? key[(TargetingLocation.RootKey.Length + 1)..].Split('.', '[')[0] : string.Empty;
        var rank = Array.IndexOf(FieldOrder, field);
        return rank < 0 ? FieldOrder.Length : rank;
    }

    private static int IndexOf(string key)
    {
        var open = key.LastIndexOf('[');
        return open >= 0 && int.TryParse(key.AsSpan(open + 1, key.Length - open - 2), out var index) ? index : -1;
    }
}
