namespace UtmStudio.Features.Links.Channels;

/// <summary>A well-known site that Google's list does not know by this name, and the name it does know.</summary>
internal sealed record SourceAlias(Ga4SourceCategory Category, string Fix);

/// <summary>
/// Source names marketers use for big platforms that are missing from Google's list, so GA4 files their visits
/// under Paid Other or Unassigned. Kept small: only names that are unambiguous, each with the listed name to use.
/// </summary>
internal static class SourceAliases
{
    private static readonly Dictionary<string, SourceAlias> ByName = Build(
        (new(Ga4SourceCategory.Social, "use source twitter instead, the name GA4 still knows X by"), ["x", "x.com"]),
        (new(Ga4SourceCategory.Social, "use source facebook or instagram instead, the names GA4 knows Meta's sites by"), ["meta", "meta.com", "fb.com"]),
        (new(Ga4SourceCategory.Social, "use source instagram instead"), ["insta"]),
        (new(Ga4SourceCategory.Video, "use source youtube instead"), ["yt"]),
        (new(Ga4SourceCategory.Search, "use source google instead"), ["google ads", "google_ads", "google-ads", "googleads", "adwords"]),
        (new(Ga4SourceCategory.Search, "use source bing instead"),
            ["bing ads", "bing_ads", "bing-ads", "bingads", "microsoft", "microsoft ads", "microsoft_ads", "microsoftads"]));

    public static SourceAlias? For(string source) => ByName.GetValueOrDefault(source);

    /// <summary>Every alias name, for the test that keeps them off Google's list (else they would not be aliases).</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    private static Dictionary<string, SourceAlias> Build(params (SourceAlias Alias, string[] Names)[] entries) =>
        entries.SelectMany(entry => entry.Names.Select(name => (name, entry.Alias)))
            .ToDictionary(pair => pair.name, pair => pair.Alias, StringComparer.OrdinalIgnoreCase);
}
