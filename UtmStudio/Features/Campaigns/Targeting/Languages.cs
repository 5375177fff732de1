using System.Globalization;
using System.Text.RegularExpressions;

namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>A language a campaign can target: its BCP 47 tag and English name.</summary>
public sealed record Language(string Tag, string Name);

/// <summary>
/// BCP 47 language tags, checked against the languages ICU knows (the machine's globalisation data), in the
/// subset campaigns need: language, optional script, optional region ("de", "fr-CH", "zh-Hant-TW").
/// </summary>
public static partial class Languages
{
    private static readonly Lazy<IReadOnlyList<Language>> AllLanguages = new(Load);

    /// <summary>Offered first when nothing is typed: the languages most campaigns use.</summary>
    private static readonly string[] CommonTags =
        ["en", "de", "fr", "es", "it", "pt", "pt-BR", "nl", "pl", "sv", "da", "nb", "fi", "cs", "tr", "ru", "uk",
         "ar", "he", "hi", "ja", "ko", "zh-Hans", "zh-Hant", "id", "th", "vi"];

    /// <summary>Every language and regional variant ICU knows, ordered by English name.</summary>
    public static IReadOnlyList<Language> All => AllLanguages.Value;

    /// <summary>
    /// The schema's pattern: language (2–3 letters), optional script (4, title case), optional region (2 capitals or
    /// 3 digits), in BCP 47's canonical case, so one language is always written one way.
    /// </summary>
    public const string TagPattern = "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$";

    public static bool IsWellFormed(string tag) => TagRegex().IsMatch(tag);

    /// <summary>Well formed and known to ICU ("und", the undetermined language, is not).</summary>
    public static bool IsKnown(string tag)
    {
        if (!IsWellFormed(tag))
        {
            return false;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(tag, predefinedOnly: true);
            return !Equals(culture, CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>"German (Switzerland)" for "de-CH"; the tag itself when ICU does not know it.</summary>
    public static string NameOf(string tag) => IsKnown(tag) ? CultureInfo.GetCultureInfo(tag).EnglishName : tag;

    /// <summary>Languages whose name or tag contains the text (ignoring case and accents); common ones when empty.</summary>
    public static IEnumerable<Language> Search(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CommonTags.Where(IsKnown).Select(tag => new Language(tag, NameOf(tag)));
        }

        var typed = text.Trim();
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        const CompareOptions loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
        return All
            .Where(l => l.Tag.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || compare.IndexOf(l.Name, typed, loose) >= 0)
            .OrderBy(l => string.Equals(l.Tag, typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1);
    }

    private static IReadOnlyList<Language> Load() =>
    [
        .. CultureInfo.GetCultures(CultureTypes.NeutralCultures | CultureTypes.SpecificCultures)
            .Where(c => IsKnown(c.Name))
            .Select(c => new Language(c.Name, c.EnglishName))
            .OrderBy(l => l.Name, StringComparer.InvariantCulture),
    ];

    [GeneratedRegex(TagPattern, RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();
}
