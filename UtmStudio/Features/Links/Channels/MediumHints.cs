namespace UtmStudio.Features.Links.Channels;

/// <summary>
/// What a medium suggests the link is for: newsletter → Email, paid_social → Paid Social, and so on. Paid and
/// Organic are the channels meant with a paid or an unpaid medium (the same for single channels). When SiteDecides,
/// a source on Google's lists may turn the channel into that site's one (a video ad on tiktok is Paid Social) without
/// that being a mistake.
/// </summary>
internal sealed record MediumHint(
    Func<TrafficTags, bool> Matches, Ga4Channel Paid, Ga4Channel Organic, bool SiteDecides, string PaidFix, string OrganicFix);

/// <summary>
/// The small, explicit table of what mediums suggest, first match wins. It only knows words a marketer uses on
/// purpose; mediums it does not know (cpc alone, say) suggest nothing, and the source's hint is used instead.
/// </summary>
internal static class MediumHints
{
    private static readonly MediumHint[] InOrder =
    [
        Single(Ga4Channel.Email, "use medium email", "email", "e-mail", "e_mail", "e mail", "newsletter"),
        Single(Ga4Channel.Sms, "use medium sms", "sms"),
        Single(Ga4Channel.MobilePushNotifications, "use a medium that ends with push, such as app_push", "push", "notification"),
        Single(Ga4Channel.Affiliates, "use medium affiliate", "affiliate"),
        Single(Ga4Channel.Audio, "use medium audio", "audio", "podcast"),
        Single(Ga4Channel.Referral, "use medium referral", "referral"),
        new(t => ContainsAny(t, "display", "banner", "expandable", "interstitial"), Ga4Channel.Display, Ga4Channel.Display,
            SiteDecides: true, "use medium display or banner", "use medium display or banner"),
        new(t => t.MediumContains("video"), Ga4Channel.PaidVideo, Ga4Channel.OrganicVideo, SiteDecides: true,
            "use a video site from Google's list as the source, such as youtube, vimeo or twitch", "use medium video"),
        new(t => t.MediumContains("social") || t.MediumIs("sm"), Ga4Channel.PaidSocial, Ga4Channel.OrganicSocial, SiteDecides: true,
            "use a social site from Google's list as the source, such as facebook, instagram, linkedin or tiktok", "use medium social"),
        new(t => t.MediumContains("search"), Ga4Channel.PaidSearch, Ga4Channel.OrganicSearch, SiteDecides: true,
            "use a search engine from Google's list as the source, such as google or bing", "use medium organic"),
    ];

    public static MediumHint? For(TrafficTags tags) => InOrder.FirstOrDefault(hint => hint.Matches(tags));

    private static MediumHint Single(Ga4Channel channel, string fix, params string[] parts) =>
        new(t => ContainsAny(t, parts), channel, channel, SiteDecides: false, fix, fix);

    private static bool ContainsAny(TrafficTags tags, params string[] parts) => parts.Any(tags.MediumContains);
}
