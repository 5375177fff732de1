using Microsoft.AspNetCore.WebUtilities;

namespace UtmStudio.Features.Analytics;

/// <summary>
/// What a report shows, as its address says it (?range=30d&amp;bots=true, or ?from=2026-11-01&amp;to=2026-11-30), so
/// a view can be bookmarked and shared, Back returns to the previous one, and the export gets exactly what is shown.
/// Bots (crawlers, link previewers, HEAD requests) are recorded and flagged, and left out unless asked for.
/// </summary>
public sealed record AnalyticsFilter(AnalyticsRange Range, bool IncludeBots = false)
{
    public static readonly AnalyticsFilter Default = new(AnalyticsRange.Default);

    public static AnalyticsFilter FromQuery(string? query)
    {
        var q = QueryHelpers.ParseQuery(query);
        string? Text(string key) => q.TryGetValue(key, out var value) ? value.ToString() : null;
        return FromQuery(Text("range"), Text("from"), Text("to"), Text("bots"));
    }

    /// <summary>The filter of the address's ?range=, ?from=, ?to= and ?bots= (a page reads them one by one).</summary>
    public static AnalyticsFilter FromQuery(string? range, string? from, string? to, string? bots) =>
        new(AnalyticsRange.FromQuery(range, from, to), string.Equals(bots?.Trim(), "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every key the filter owns, null when unset: for NavigationManager.GetUriWithQueryParameters.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() =>
        new Dictionary<string, object?>(Range.ToQueryParameters()) { ["bots"] = IncludeBots ? "true" : null };

    /// <summary>"?range=30d&amp;bots=true": the query string, in a fixed order.</summary>
    public string ToQuery() => QueryHelpers.AddQueryString("",
        ToQueryParameters().Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value!.ToString())));
}
