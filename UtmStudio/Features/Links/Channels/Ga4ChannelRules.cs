using static UtmStudio.Features.Links.Channels.TrafficTags;

namespace UtmStudio.Features.Links.Channels;

/// <summary>
/// Google's default-channel rules for tagged ("manual") traffic, in Google's order: the first rule that matches
/// decides the channel. Each rule returns why it matched, in a marketer's words, or null. The Google Ads, DV360 and
/// SA360 rules are left out on purpose: they read those products' auto-tagging, which a typed link never carries.
/// </summary>
internal static class Ga4ChannelRules
{
    private const string PaidMedium = "is a paid medium";

    private static readonly (Ga4Channel Channel, Func<TrafficTags, string?> Explain)[] InOrder =
    [
        (Ga4Channel.Direct, t => t.SourceIs("(direct)") && t.MediumIsOneOf(Ga4Patterns.DirectMediums)
            ? $"source (direct) with medium {Quote(t.Medium)} is how GA4 marks visits that carry no campaign tags" : null),
        (Ga4Channel.CrossNetwork, t => t.Campaign.Contains("cross-network", StringComparison.OrdinalIgnoreCase)
            ? $"the campaign name {Quote(t.Campaign)} contains cross-network" : null),
        (Ga4Channel.PaidShopping, t => t.IsPaidMedium && Shopping(t) is { } why ? $"medium {Quote(t.Medium)} {PaidMedium} and {why}" : null),
        (Ga4Channel.PaidSearch, t => PaidOn(t, Ga4SourceCategory.Search)),
        (Ga4Channel.PaidSocial, t => PaidOn(t, Ga4SourceCategory.Social)),
        (Ga4Channel.PaidVideo, t => PaidOn(t, Ga4SourceCategory.Video)),
        (Ga4Channel.Display, t => t.MediumIsOneOf(Ga4Patterns.DisplayMediums)
            ? $"medium {Quote(t.Medium)} is one of GA4's display mediums (display, banner, expandable, interstitial, cpm)" : null),
        (Ga4Channel.PaidOther, t => t.IsPaidMedium
            ? $"medium {Quote(t.Medium)} {PaidMedium} and {NotListed(t)}" : null),
        (Ga4Channel.OrganicShopping, t => Shopping(t) is { } why ? $"{why} and the medium is not a paid one" : null),
        (Ga4Channel.OrganicSocial, t => Listed(t, Ga4SourceCategory.Social) ?? (t.MediumIsOneOf(Ga4Patterns.SocialMediums)
            ? $"medium {Quote(t.Medium)} is one of GA4's social mediums (social, social-network, social-media, sm, social network, social media)" : null)),
        (Ga4Channel.OrganicVideo, t => Listed(t, Ga4SourceCategory.Video) ?? (Ga4Patterns.VideoMedium().IsMatch(t.Medium)
            ? $"medium {Quote(t.Medium)} contains video" : null)),
        (Ga4Channel.OrganicSearch, t => Listed(t, Ga4SourceCategory.Search) ?? (t.MediumIs("organic")
            ? $"medium {Quote(t.Medium)} means organic search to GA4" : null)),
        (Ga4Channel.Referral, t => t.MediumIsOneOf(Ga4Patterns.ReferralMediums)
            ? $"medium {Quote(t.Medium)} is one of GA4's referral mediums (referral, app, link)" : null),
        (Ga4Channel.Email, Email),
        (Ga4Channel.Affiliates, t => t.MediumIs("affiliate") ? $"medium {Quote(t.Medium)} is GA4's affiliate medium" : null),
        (Ga4Channel.Audio, t => t.MediumIs("audio") ? $"medium {Quote(t.Medium)} is GA4's audio medium" : null),
        (Ga4Channel.Sms, t => t.SourceIs("sms") ? $"source {Quote(t.Source)} is GA4's SMS value"
            : t.MediumIs("sms") ? $"medium {Quote(t.Medium)} is GA4's SMS value" : null),
        (Ga4Channel.MobilePushNotifications, MobilePush),
    ];

    public static (Ga4Channel Channel, string Because) Classify(TrafficTags tags)
    {
        foreach (var (channel, explain) in InOrder)
        {
            if (explain(tags) is { } because)
            {
                return (channel, because);
            }
        }

        return (Ga4Channel.Unassigned, Unmatched(tags));
    }

    /// <summary>Whether the rule that matched was the shopping rule's campaign half (not the source list).</summary>
    public static bool ShoppingByCampaignName(TrafficTags tags, Ga4Channel channel) =>
        channel is Ga4Channel.PaidShopping or Ga4Channel.OrganicShopping && tags.Category != Ga4SourceCategory.Shopping;

    private static string? Shopping(TrafficTags t) =>
        Listed(t, Ga4SourceCategory.Shopping)
        ?? (t.IsShoppingCampaign ? $"the campaign name {Quote(t.Campaign)} looks like a shopping campaign to GA4 (it contains shop or shopping)" : null);

    private static string? PaidOn(TrafficTags t, Ga4SourceCategory category) =>
        t.IsPaidMedium && Listed(t, category) is { } why ? $"medium {Quote(t.Medium)} {PaidMedium} and {why}" : null;

    private static string? Listed(TrafficTags t, Ga4SourceCategory category) =>
        t.Category == category ? $"source {Quote(t.Source)} is in Google's list of {Ga4SourceCategoryText.Sites(category)}" : null;

    private static string NotListed(TrafficTags t) =>
        t.Source.Length == 0 ? "there is no source" : $"source {Quote(t.Source)} is not in Google's social, search, video or shopping lists";

    private static string? Email(TrafficTags t) =>
        Ga4Patterns.EmailValue().IsMatch(t.Medium) ? $"medium {Quote(t.Medium)} is one of GA4's email values (email, e-mail, e_mail, e mail)"
        : Ga4Patterns.EmailValue().IsMatch(t.Source) ? $"source {Quote(t.Source)} is one of GA4's email values (email, e-mail, e_mail, e mail)"
        : null;

    private static string? MobilePush(TrafficTags t) =>
        t.Medium.EndsWith("push", StringComparison.OrdinalIgnoreCase) ? $"medium {Quote(t.Medium)} ends with push"
        : t.MediumContains("mobile") ? $"medium {Quote(t.Medium)} contains mobile"
        : t.MediumContains("notification") ? $"medium {Quote(t.Medium)} contains notification"
        : t.SourceIs("firebase") ? $"source {Quote(t.Source)} is GA4's push notification source"
        : null;

    private static string Unmatched(TrafficTags t) =>
        (t.Source.Length, t.Medium.Length) switch
        {
            (0, 0) => "there is no source and no medium, and GA4 has no rule for that",
            (_, 0) => $"there is no medium, and no GA4 rule matches source {Quote(t.Source)} without one",
            _ => $"no GA4 channel rule matches source {Quote(t.Source)} with medium {Quote(t.Medium)}",
        };
}
