namespace UtmStudio.Features.Links.Channels;

/// <summary>The four kinds of site Google's source list knows; every other source is just a name to GA4.</summary>
internal enum Ga4SourceCategory
{
    Search,
    Social,
    Shopping,
    Video,
}

/// <summary>
/// Google's source categories (ga4-source-categories.csv, embedded; source and date in the README beside it),
/// read once on first use. Lookups ignore case, as GA4's channel rules do.
/// </summary>
internal static class Ga4SourceCategories
{
    public const string ResourceName = "UtmStudio.Ga4SourceCategories.csv";

    private static readonly Lazy<IReadOnlyDictionary<string, Ga4SourceCategory>> All = new(Load);

    public static IReadOnlyDictionary<string, Ga4SourceCategory> Sources => All.Value;

    public static Ga4SourceCategory? Of(string source) =>
        All.Value.TryGetValue(source, out var category) ? category : null;

    /// <summary>Lines of "source,category" with Google's category tokens; '#' lines and the header are skipped.</summary>
    internal static IReadOnlyDictionary<string, Ga4SourceCategory> Parse(TextReader reader)
    {
        var sources = new Dictionary<string, Ga4SourceCategory>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#') || line == "source,category")
            {
                continue;
            }

            var comma = line.LastIndexOf(',');
            var token = comma > 0 ? line[(comma + 1)..] : "";
            sources[line[..Math.Max(comma, 0)]] = token switch
            {
                "SOURCE_CATEGORY_SEARCH" => Ga4SourceCategory.Search,
                "SOURCE_CATEGORY_SOCIAL" => Ga4SourceCategory.Social,
                "SOURCE_CATEGORY_SHOPPING" => Ga4SourceCategory.Shopping,
                "SOURCE_CATEGORY_VIDEO" => Ga4SourceCategory.Video,
                _ => throw new InvalidDataException($"The GA4 source list has a line it cannot read: \"{line}\"."),
            };
        }

        return sources;
    }

    private static IReadOnlyDictionary<string, Ga4SourceCategory> Load()
    {
        using var stream = typeof(Ga4SourceCategories).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded GA4 source list is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
