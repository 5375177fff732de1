using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using UtmStudio.Features.Links.Channels;

namespace UtmStudio.Features.Links.Lists;

/// <summary>
/// What a link list shows, as its address says it (?q=…&amp;source=…&amp;channel=paid_social…), so a filtered list
/// can be bookmarked, shared, and exported exactly as it is on screen. Every UTM value filter is an exact match
/// ignoring case; q searches the URL, the label and the UTM values; from/to are UTC days of creation, both included.
/// </summary>
public sealed record LinkListFilter(
    string? Search = null,
    Guid? Campaign = null,
    string? Source = null,
    string? Medium = null,
    string? Content = null,
    string? Term = null,
    Ga4Channel? Channel = null,
    Guid? Creator = null,
    string? Tag = null,
    DateOnly? From = null,
    DateOnly? To = null)
{
    private const string DayFormat = "yyyy-MM-dd";

    public static readonly LinkListFilter None = new();

    public bool IsEmpty => this == None;

    /// <summary>The filter of an address's query. Parts that cannot be read are left out (a shared link with a
    /// mistyped date still opens the list), never an error.</summary>
    public static LinkListFilter FromQuery(string? query)
    {
        var q = QueryHelpers.ParseQuery(query);
        string? Text(string key) => q.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
        return new LinkListFilter(
            Text("q"), Id(Text("campaign")), Text("source"), Text("medium"), Text("content"), Text("term"),
            Text("channel") is { } channel ? Ga4ChannelStorage.ReadOrNull(channel) : null, Id(Text("creator")), Text("tag"),
            Day(Text("from")), Day(Text("to")));
    }

    /// <summary>The query string for this filter ("" when nothing is set, else "?…"), in a fixed order.</summary>
    public string ToQuery()
    {
        var parts = new List<KeyValuePair<string, string?>>();
        foreach (var (key, value) in Parts())
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add(new(key, value));
            }
        }

        return QueryHelpers.AddQueryString("", parts);
    }

    /// <summary>Every key the filter owns, null when unset: for NavigationManager.GetUriWithQueryParameters, which
    /// removes the keys given as null and leaves the address's other parameters alone.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() =>
        Parts().ToDictionary(p => p.Key, p => (object?)(string.IsNullOrWhiteSpace(p.Value) ? null : p.Value));

    private IEnumerable<(string Key, string? Value)> Parts() =>
    [
        ("q", Search),
        ("campaign", Campaign?.ToString()),
        ("source", Source),
        ("medium", Medium),
        ("content", Content),
        ("term", Term),
        ("channel", Channel is { } c ? Ga4ChannelStorage.Write(c) : null),
        ("creator", Creator?.ToString()),
        ("tag", Tag),
        ("from", From?.ToString(DayFormat, CultureInfo.InvariantCulture)),
        ("to", To?.ToString(DayFormat, CultureInfo.InvariantCulture)),
    ];

    private static Guid? Id(string? text) => Guid.TryParse(text, out var id) ? id : null;

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
