using static UtmStudio.Features.Campaigns.Targeting.TargetingLimits;

namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>
/// Turns a JSON Schema failure into a sentence for the person or API client who sent the document. The schema
/// library's own messages ("The string value is not a match for the indicated regular expression") name neither
/// the field nor the fix; these name both.
/// </summary>
internal static class TargetingMessages
{
    public static string ForSchemaError(TargetingLocation at, string keyword, bool aboutPropertyName, string libraryMessage)
    {
        var field = at.Field;
        return (keyword, field, at.Depth) switch
        {
            ("type", "", 0) => "Targeting must be a JSON object.",
            (_, _, _) when IsFalseSchema(keyword) && at.Depth == 1 =>
                $"'{at.Name}' is not a targeting field: use locations, languages, ageRange, audiences, devices or custom.",
            (_, "ageRange", 2) when IsFalseSchema(keyword) => $"'{at.Name}' is not part of ageRange: use min and max.",
            ("type", _, 1) => $"{field} must be {TypeOf(field)}.",
            ("type", "ageRange", 2) => $"{AgeLabel(at.Name)} must be a whole number.",
            ("type", "custom", 2) => $"The custom value for '{at.Name}' must be text.",
            ("type", _, 2) => $"Entry {at.Index + 1} of {field} must be text.",
            ("minimum" or "maximum", "ageRange", 2) => $"{AgeLabel(at.Name)} must be between {MinAge} and {MaxAge}.",
            ("maxItems", _, 1) => $"{field} can list at most {MaxItemsOf(field)} entries.",
            ("uniqueItems", _, 2) => $"'{at.Quoted}' appears more than once in {field}.",
            ("maxProperties", "custom", 1) => $"custom can have at most {MaxCustomPairs} key–value pairs.",
            ("pattern", "locations", 2) => $"'{at.Quoted}' in locations is not an ISO 3166 country code (two capital letters, like 'DE').",
            ("pattern", "languages", 2) => $"'{at.Quoted}' in languages is not a BCP 47 language tag (like 'de', 'pt-BR' or 'zh-Hant-TW').",
            ("pattern", "audiences", 2) => $"'{at.Quoted}' in audiences cannot start or end with a space or hold a line break.",
            ("pattern", "custom", 2) when aboutPropertyName =>
                $"'{Shorten(at.Name)}' is not a valid custom key: start with a letter, then use letters, digits, '_', '-' or '.'.",
            ("pattern", "custom", 2) => $"The custom value for '{Shorten(at.Name)}' cannot start or end with a space or hold a line break.",
            ("minLength", "audiences", 2) => $"Entry {at.Index + 1} of audiences is empty.",
            ("minLength", "custom", 2) => $"The custom value for '{Shorten(at.Name)}' is empty.",
            ("maxLength", "audiences", 2) => $"'{at.Quoted}' in audiences is longer than {MaxAudienceLength} characters.",
            ("maxLength", "custom", 2) when aboutPropertyName => $"The custom key '{Shorten(at.Name)}' is longer than {MaxCustomKeyLength} characters.",
            ("maxLength", "custom", 2) => $"The custom value for '{Shorten(at.Name)}' is longer than {MaxCustomValueLength} characters.",
            ("enum", "devices", 2) => $"'{at.Quoted}' in devices is not a device: use desktop, mobile or tablet.",
            _ => $"{at.Key}: {libraryMessage}",
        };
    }

    public static string UnknownCountry(TargetingLocation at) => $"'{at.Quoted}' in locations is not an ISO 3166 country code.";

    public static string UnknownLanguage(TargetingLocation at) =>
        $"'{at.Quoted}' in languages is not a language tag we know (like 'de', 'pt-BR' or 'zh-Hant-TW').";

    public static string MaxBelowMin(int min) => $"Maximum age (ageRange.max) cannot be below the minimum age ({min}).";

    public const string NotJson = "Targeting is not valid JSON.";

    // A "false" subschema (additionalProperties: false) fails with no keyword of its own.
    private static bool IsFalseSchema(string keyword) => keyword.Length == 0;

    private static string AgeLabel(string end) => end == "min" ? "Minimum age (ageRange.min)" : "Maximum age (ageRange.max)";

    private static string TypeOf(string field) => field switch
    {
        "locations" => "a list of country codes",
        "languages" => "a list of language tags",
        "ageRange" => "an object with min and max",
        "audiences" => "a list of tags",
        "devices" => "a list of devices",
        "custom" => "an object of key–value pairs",
        _ => "something else",
    };

    private static int MaxItemsOf(string field) => field switch
    {
        "locations" => MaxLocations,
        "languages" => MaxLanguages,
        "audiences" => MaxAudiences,
        _ => TargetingDevices.All.Count,
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
