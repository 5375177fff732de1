namespace UtmStudio.Features.Links.Channels;

/// <summary>
/// The channels of Google Analytics 4's default channel group, in the order GA4 evaluates their rules for tagged
/// links (Unassigned last: no rule matched).
/// </summary>
public enum Ga4Channel
{
    Direct,
    CrossNetwork,
    PaidShopping,
    PaidSearch,
    PaidSocial,
    PaidVideo,
    Display,
    PaidOther,
    OrganicShopping,
    OrganicSocial,
    OrganicVideo,
    OrganicSearch,
    Referral,
    Email,
    Affiliates,
    Audio,
    Sms,
    MobilePushNotifications,
    Unassigned,
}

/// <summary>The names GA4 shows for its channels, so the preview reads exactly like the report will.</summary>
public static class Ga4ChannelText
{
    public static string Name(Ga4Channel channel) => channel switch
    {
        Ga4Channel.Direct => "Direct",
        Ga4Channel.CrossNetwork => "Cross-network",
        Ga4Channel.PaidShopping => "Paid Shopping",
        Ga4Channel.PaidSearch => "Paid Search",
        Ga4Channel.PaidSocial => "Paid Social",
        Ga4Channel.PaidVideo => "Paid Video",
        Ga4Channel.Display => "Display",
        Ga4Channel.PaidOther => "Paid Other",
        Ga4Channel.OrganicShopping => "Organic Shopping",
        Ga4Channel.OrganicSocial => "Organic Social",
        Ga4Channel.OrganicVideo => "Organic Video",
        Ga4Channel.OrganicSearch => "Organic Search",
        Ga4Channel.Referral => "Referral",
        Ga4Channel.Email => "Email",
        Ga4Channel.Affiliates => "Affiliates",
        Ga4Channel.Audio => "Audio",
        Ga4Channel.Sms => "SMS",
        Ga4Channel.MobilePushNotifications => "Mobile Push Notifications",
        Ga4Channel.Unassigned => "Unassigned",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a GA4 channel."),
    };
}
