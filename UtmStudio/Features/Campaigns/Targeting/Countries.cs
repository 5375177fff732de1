using System.Globalization;
using System.Text.Json;

namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>A country a campaign can target: its ISO 3166-1 alpha-2 code and English name.</summary>
public sealed record Country(string Code, string Name);

/// <summary>
/// The ISO 3166-1 alpha-2 countries, from the embedded countries.json (source and date in README.md beside it).
/// A shipped list rather than ICU's regions, which also know non-ISO codes such as XK and CS.
/// </summary>
public static class Countries
{
    private static readonly Lazy<IReadOnlyDictionary<string, Country>> ByCode = new(Load);

    private static readonly Lazy<IReadOnlyList<Country>> ByName =
        new(() => [.. ByCode.Value.Values.OrderBy(c => c.Name, StringComparer.InvariantCulture)]);

    /// <summary>All countries, ordered by English name.</summary>
    public static IReadOnlyList<Country> All => ByName.Value;

    public static bool IsKnown(string code) => ByCode.Value.ContainsKey(code);

    /// <summary>The English name, or the code itself when it is not a country (so old data still shows).</summary>
    public static string NameOf(string code) => ByCode.Value.TryGetValue(code, out var country) ? country.Name : code;

    /// <summary>Countries whose name or code contains the text, ignoring case and accents ("cote" finds Côte d’Ivoire).</summary>
    public static IEnumerable<Country> Search(string? text)
    {
        var all = All;
        if (string.IsNullOrWhiteSpace(text))
        {
            return all;
        }

        var typed = text.Trim();
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        const CompareOptions loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
        return all
            .Select(c => (Country: c, Rank: Rank(c, typed, compare, loose)))
            .Where(match => match.Rank < NoMatch)
            .OrderBy(match => match.Rank)
            .Select(match => match.Country);
    }

    private const int NoMatch = 3;

    // "de" should put Germany first, before Bangladesh: the code, then names starting with the text, then the rest.
    private static int Rank(Country country, string typed, CompareInfo compare, CompareOptions options) =>
        string.Equals(country.Code, typed, StringComparison.OrdinalIgnoreCase) ? 0
        : compare.IsPrefix(country.Name, typed, options) ? 1
        : compare.IndexOf(country.Name, typed, options) >= 0 ? 2
        : NoMatch;

    private static IReadOnlyDictionary<string, Country> Load()
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("UtmStudio.Targeting.countries.json")
            ?? throw new InvalidOperationException("The embedded country list is missing.");
        var names = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException("The embedded country list is empty.");
        return names.ToDictionary(pair => pair.Key, pair => new Country(pair.Key, pair.Value), StringComparer.Ordinal);
    }
}
