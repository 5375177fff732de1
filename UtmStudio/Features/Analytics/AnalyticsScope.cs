namespace UtmStudio.Features.Analytics;

public enum AnalyticsScopeKind
{
    Domain,
    Campaign,
    Link,
}

/// <summary>
/// What a report counts: the whole domain, one campaign or one link. The rollup tables keep a row per scope (a click
/// adds to its link's, its campaign's and its domain's rows), so every scope is read the same way, by its id.
/// </summary>
public sealed record AnalyticsScope(AnalyticsScopeKind Kind, Guid? Id = null)
{
    public static readonly AnalyticsScope Domain = new(AnalyticsScopeKind.Domain);

    public static AnalyticsScope Campaign(Guid id) => new(AnalyticsScopeKind.Campaign, id);

    public static AnalyticsScope Link(Guid id) => new(AnalyticsScopeKind.Link, id);

    /// <summary>"domain", "campaign" or "link": the export's ?scope= and the file's name.</summary>
    public string Key => Kind.ToString().ToLowerInvariant();

    /// <summary>The scope an export address names (?scope=campaign&amp;id=…); null when it names none that can be read.</summary>
    public static AnalyticsScope? Parse(string? kind, string? id) => kind?.Trim().ToLowerInvariant() switch
    {
        null or "" or "domain" => Domain,
        "campaign" when Guid.TryParse(id, out var campaign) => Campaign(campaign),
        "link" when Guid.TryParse(id, out var link) => Link(link),
        _ => null,
    };
}
