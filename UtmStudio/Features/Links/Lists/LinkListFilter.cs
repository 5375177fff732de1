using Microsoft.AspNetCore.WebUtilities;
using UtmStudio.Features.Links.Channels;

namespace UtmStudio.Features.Links.Lists;

/// <summary>
/// What a link list shows, as its address says it (?q=…&amp;source=…&amp;channel=paid_social…), so a filtered list
/// can be bookmarked, shared, and exported exactly as it is on screen. Every UTM value filter is an exact match
/// ignoring case; q searches the URL and the label.
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
    public static readonly LinkListFilter None = new();

    public bool IsEmpty => this == None || this == None with { Campaign = Campaign };

    public static LinkListFilter FromQuery(string? query)
    {
        var q = QueryHelpers.ParseQuery(query);
        string? Text(string key) => q.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
        return new LinkListFilter(
            Text("q"), Guid.TryParse(Text("campaign"), out var campaign) ? campaign : null, Text("source"), Text("medium"), Text("content"),
            Text("term"), Text("channel") is { } channel ? Ga4ChannelStorage.ReadOrNull(channel) : null,
            Guid.TryParse(Text("creator"), out var creator) ? creator : null, Text("tag"),
            DateOnly.TryParse(Text("from"), System.Globalization.CultureInfo.InvariantCulture, out var from) ? from : null,
            DateOnly.TryParse(Text("to"), System.Globalization.CultureInfo.InvariantCulture, out var to) ? to : null);
    }

    /// <summary>The query string for this filter ("" when nothing is set), in a fixed order.</summary>
    public string ToQuery()
    {
        var parts = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add(new(key, value));
            }
        }

        Add("q", Search);
        Add("campaign", Campaign?.ToString());
        Add("source", Source);
        Add("medium", Medium);
        Add("content", Content);
        Add("term", Term);
        Add("channel", Channel is { } c ? Ga4ChannelStorage.Write(c) : null);
        Add("creator", Creator?.ToString());
        Add("tag", Tag);
        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return QueryHelpers.AddQueryString("", parts);
    }
}
