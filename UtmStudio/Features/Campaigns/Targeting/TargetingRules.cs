using System.Text.Json;

namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>
/// The checks beside the schema: a list of 249 countries and ICU's languages are data, not patterns, and JSON Schema
/// cannot compare two numbers of one document. Each looks only at values of the right shape; the schema reports the rest.
/// </summary>
internal static class TargetingRules
{
    public static void Check(JsonElement root, TargetingErrors errors)
    {
        foreach (var location in TargetingLocation.ItemsOf(root, "locations").Where(IsString))
        {
            var code = location.Value.GetString()!;
            if (code.Length == 2 && code.All(char.IsAsciiLetterUpper) && !Countries.IsKnown(code))
            {
                errors.Add(location.Key, TargetingMessages.UnknownCountry(location));
            }
        }

        foreach (var language in TargetingLocation.ItemsOf(root, "languages").Where(IsString))
        {
            var tag = language.Value.GetString()!;
            if (Languages.IsWellFormed(tag) && !Languages.IsKnown(tag))
            {
                errors.Add(language.Key, TargetingMessages.UnknownLanguage(language));
            }
        }

        if (AgeOf(root, "min") is { } min && AgeOf(root, "max") is { } max && max < min)
        {
            errors.Add("targeting.ageRange.max", TargetingMessages.MaxBelowMin(min));
        }
    }

    private static bool IsString(TargetingLocation location) => location.Value.ValueKind == JsonValueKind.String;

    // Only whole numbers within the allowed ages: anything else already has the schema's message.
    private static int? AgeOf(JsonElement root, string end) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("ageRange", out var range) && range.ValueKind == JsonValueKind.Object
        && range.TryGetProperty(end, out var age) && age.ValueKind == JsonValueKind.Number
        && age.TryGetInt32(out var years) && years is >= TargetingLimits.MinAge and <= TargetingLimits.MaxAge
            ? years
            : null;
}
