using System.Globalization;
using System.Text;

namespace UtmStudio.Features.Campaigns;

/// <summary>
/// The utm_campaign value a campaign's name suggests: lower case, spaces to "_", accents dropped, only URL-safe
/// characters (RFC 3986 unreserved: letters, digits, "_", "-", ".", "~"), at most 100 characters. One rule for
/// every campaign, so reports never split "Spring Sale" into "spring-sale" and "spring_sale".
/// (The UTM-builder issue turns this into the domain's own convention.)
/// </summary>
public static class UtmCampaignValue
{
    public static string Derive(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var value = new StringBuilder(name.Length);
        var pendingSeparator = false;
        foreach (var c in name.Trim().Normalize(NormalizationForm.FormD))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSeparator = true;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // é -> e
            }

            var lower = char.ToLowerInvariant(c);
            if (!IsAllowed(lower))
            {
                continue;
            }

            if (pendingSeparator && value.Length > 0 && value[^1] != '_')
            {
                value.Append('_');
            }

            pendingSeparator = false;
            value.Append(lower);
        }

        var derived = value.ToString();
        return derived.Length <= CampaignLimits.UtmValue ? derived : derived[..CampaignLimits.UtmValue].TrimEnd('_');
    }

    /// <summary>Why a typed value cannot be used, or null when it can.</summary>
    public static string? Problem(string? value, string label)
    {
        if (string.IsNullOrEmpty(value))
        {
            return $"Enter the {label} value.";
        }

        if (value.Length > CampaignLimits.UtmValue)
        {
            return $"The {label} value can be at most {CampaignLimits.UtmValue} characters (it has {value.Length}).";
        }

        var bad = value.Where(c => !IsAllowed(c)).Distinct().ToList();
        return bad.Count == 0
            ? null
            : $"The {label} value can only use lower-case letters, digits and _ - . ~ (not {string.Join(" ", bad.Select(Shown))}).";
    }

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-' or '.' or '~';

    private static string Shown(char c) => char.IsWhiteSpace(c) ? "spaces" : $"\"{c}\"";
}
