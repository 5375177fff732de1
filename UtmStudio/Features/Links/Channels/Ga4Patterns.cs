using System.Text.RegularExpressions;

namespace UtmStudio.Features.Links.Channels;

/// <summary>
/// The patterns and value lists of Google's channel rules, exactly as Google documents them. GA4 compares without
/// regard to case, so every pattern ignores case (invariantly: "CPC" is paid on every server).
/// </summary>
internal static partial class Ga4Patterns
{
    [GeneratedRegex("^(.*cp.*|ppc|retargeting|paid.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PaidMedium();

    // "shop" at the start, after a non-letter, or after an "e" (eshop), or "shopping" anywhere: "workshop" is not.
    [GeneratedRegex("^(.*(([^a-df-z]|^)shop|shopping).*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ShoppingCampaign();

    [GeneratedRegex("^(.*video.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex VideoMedium();

    // Google writes "= email|e-mail|e_mail|e mail": GA4's "matches regex" must match the whole value.
    [GeneratedRegex("^(email|e-mail|e_mail|e mail)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex EmailValue();

    public static readonly string[] DisplayMediums = ["display", "banner", "expandable", "interstitial", "cpm"];

    public static readonly string[] SocialMediums =
        ["social", "social-network", "social-media", "sm", "social network", "social media"];

    public static readonly string[] ReferralMediums = ["referral", "app", "link"];

    public static readonly string[] DirectMediums = ["(none)", "(not set)"];
}
