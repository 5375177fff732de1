using UtmStudio.Features.Links.Channels;

namespace UtmStudio.Tests.Unit.Links.Channels;

/// <summary>
/// One table per rule of Google's default channel group (support.google.com/analytics/answer/9756891): Google's
/// examples, each regex's edges, and the near misses that fall through to a later rule.
/// </summary>
public sealed class Ga4ChannelRuleTests
{
    private static Ga4Channel Channel(string? source, string? medium, string? campaign = null) =>
        Ga4ChannelClassifier.Preview(source, medium, campaign).Channel;

    [Theory]
    [InlineData("(direct)", "(none)", Ga4Channel.Direct)]
    [InlineData("(direct)", "(not set)", Ga4Channel.Direct)]
    [InlineData("(DIRECT)", "(None)", Ga4Channel.Direct)]
    [InlineData("direct", "(none)", Ga4Channel.Unassigned)]
    [InlineData("(direct)", "referral", Ga4Channel.Referral)]
    public void Direct_needs_source_direct_and_medium_none_or_not_set(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("google", "cpc", "cross-network", Ga4Channel.CrossNetwork)]
    [InlineData("google", "cpc", "pmax_Cross-Network_2026", Ga4Channel.CrossNetwork)]
    [InlineData("newsletter", "email", "spring cross-network push", Ga4Channel.CrossNetwork)]
    [InlineData("google", "cpc", "cross network", Ga4Channel.PaidSearch)]
    [InlineData("google", "cpc", "crossnetwork", Ga4Channel.PaidSearch)]
    public void Cross_network_is_a_campaign_name_containing_cross_network(string source, string medium, string campaign, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium, campaign));

    [Theory]
    [InlineData("amazon", "cpc", "spring", Ga4Channel.PaidShopping)]
    [InlineData("ebay", "ppc", "spring", Ga4Channel.PaidShopping)]
    [InlineData("Google Shopping", "paid", "spring", Ga4Channel.PaidShopping)]
    [InlineData("partner", "cpc", "shop", Ga4Channel.PaidShopping)]
    [InlineData("partner", "cpc", "spring_shop", Ga4Channel.PaidShopping)]
    [InlineData("partner", "cpc", "2026shop", Ga4Channel.PaidShopping)]
    [InlineData("partner", "cpc", "eshop_week", Ga4Channel.PaidShopping)]
    [InlineData("partner", "cpc", "bikeshop", Ga4Channel.PaidShopping)]
    [InlineData("partner", "cpc", "E-SHOP", Ga4Channel.PaidShopping)]
    [InlineData("partner", "cpc", "workshopping", Ga4Channel.PaidShopping)]
    [InlineData("google", "cpc", "summer_shop", Ga4Channel.PaidShopping)]
    [InlineData("partner", "cpc", "workshop", Ga4Channel.PaidOther)]
    [InlineData("partner", "cpc", "bishop", Ga4Channel.PaidOther)]
    [InlineData("partner", "cpc", "shoes", Ga4Channel.PaidOther)]
    [InlineData("amazon", "referral", "spring", Ga4Channel.OrganicShopping)]
    public void Paid_shopping_is_a_shopping_site_or_campaign_with_a_paid_medium(string source, string medium, string campaign, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium, campaign));

    [Theory]
    [InlineData("google", "cpc", Ga4Channel.PaidSearch)]
    [InlineData("bing", "ppc", Ga4Channel.PaidSearch)]
    [InlineData("baidu", "paid_search", Ga4Channel.PaidSearch)]
    [InlineData("duckduckgo", "retargeting", Ga4Channel.PaidSearch)]
    [InlineData("google", "paid", Ga4Channel.PaidSearch)]
    [InlineData("google", "PaidSearch", Ga4Channel.PaidSearch)]
    [InlineData("google", "cpv", Ga4Channel.PaidSearch)]
    [InlineData("google", "ecpc", Ga4Channel.PaidSearch)]
    [InlineData("yahoo", "cpm", Ga4Channel.PaidSearch)]
    [InlineData("google", "ppc_campaign", Ga4Channel.OrganicSearch)]
    [InlineData("google", "retargeting_q2", Ga4Channel.OrganicSearch)]
    [InlineData("google", "prepaid", Ga4Channel.OrganicSearch)]
    [InlineData("google", "display", Ga4Channel.Display)]
    public void Paid_search_is_a_search_site_with_a_medium_matching_the_paid_regex(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("facebook", "cpc", Ga4Channel.PaidSocial)]
    [InlineData("instagram", "paid_social", Ga4Channel.PaidSocial)]
    [InlineData("linkedin", "ppc", Ga4Channel.PaidSocial)]
    [InlineData("t.co", "retargeting", Ga4Channel.PaidSocial)]
    [InlineData("twitter", "cpm", Ga4Channel.PaidSocial)]
    [InlineData("tiktok", "paid", Ga4Channel.PaidSocial)]
    [InlineData("fb", "cpc", Ga4Channel.PaidSocial)]
    [InlineData("x", "cpc", Ga4Channel.PaidOther)]
    [InlineData("facebook", "social", Ga4Channel.OrganicSocial)]
    public void Paid_social_is_a_social_site_with_a_paid_medium(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("youtube", "cpc", Ga4Channel.PaidVideo)]
    [InlineData("vimeo", "cpv", Ga4Channel.PaidVideo)]
    [InlineData("twitch", "paid_video", Ga4Channel.PaidVideo)]
    [InlineData("m.youtube.com", "ppc", Ga4Channel.PaidVideo)]
    [InlineData("partner", "paid_video", Ga4Channel.PaidOther)]
    public void Paid_video_is_a_video_site_with_a_paid_medium(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("partner", "display", Ga4Channel.Display)]
    [InlineData("partner", "banner", Ga4Channel.Display)]
    [InlineData("partner", "expandable", Ga4Channel.Display)]
    [InlineData("partner", "interstitial", Ga4Channel.Display)]
    [InlineData("partner", "cpm", Ga4Channel.Display)]
    [InlineData("x", "Display", Ga4Channel.Display)]
    [InlineData("facebook", "cpm", Ga4Channel.PaidSocial)]
    [InlineData("partner", "display_ads", Ga4Channel.Unassigned)]
    [InlineData("partner", "banners", Ga4Channel.Unassigned)]
    public void Display_is_one_of_five_mediums_after_the_paid_site_rules(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("x", "cpc", Ga4Channel.PaidOther)]
    [InlineData("x.com", "cpc", Ga4Channel.PaidOther)]
    [InlineData("meta", "cpc", Ga4Channel.PaidOther)]
    [InlineData("partner", "ppc", Ga4Channel.PaidOther)]
    [InlineData("partner", "retargeting", Ga4Channel.PaidOther)]
    [InlineData("partner", "paid_social", Ga4Channel.PaidOther)]
    [InlineData("partner", "paidsocial", Ga4Channel.PaidOther)]
    [InlineData("partner", "cpa", Ga4Channel.PaidOther)]
    [InlineData("", "cpc", Ga4Channel.PaidOther)]
    [InlineData("partner", "ppc2", Ga4Channel.Unassigned)]
    [InlineData("partner", "retargeting2", Ga4Channel.Unassigned)]
    public void Paid_other_is_any_other_medium_matching_the_paid_regex(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("amazon", "referral", null, Ga4Channel.OrganicShopping)]
    [InlineData("etsy", "organic", null, Ga4Channel.OrganicShopping)]
    [InlineData("walmart", "", null, Ga4Channel.OrganicShopping)]
    [InlineData("partner", "email", "shop_launch", Ga4Channel.OrganicShopping)]
    [InlineData("partner", "social", "eshop", Ga4Channel.OrganicShopping)]
    [InlineData("partner", "email", "workshop", Ga4Channel.Email)]
    public void Organic_shopping_is_a_shopping_site_or_campaign_without_a_paid_medium(string source, string medium, string? campaign, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium, campaign));

    [Theory]
    [InlineData("facebook", "social", Ga4Channel.OrganicSocial)]
    [InlineData("facebook", "referral", Ga4Channel.OrganicSocial)]
    [InlineData("linkedin", "organic", Ga4Channel.OrganicSocial)]
    [InlineData("facebook", "email", Ga4Channel.OrganicSocial)]
    [InlineData("partner", "social", Ga4Channel.OrganicSocial)]
    [InlineData("partner", "social-network", Ga4Channel.OrganicSocial)]
    [InlineData("partner", "social-media", Ga4Channel.OrganicSocial)]
    [InlineData("partner", "sm", Ga4Channel.OrganicSocial)]
    [InlineData("partner", "social network", Ga4Channel.OrganicSocial)]
    [InlineData("partner", "social media", Ga4Channel.OrganicSocial)]
    [InlineData("google", "sm", Ga4Channel.OrganicSocial)]
    [InlineData("partner", "social_media", Ga4Channel.Unassigned)]
    [InlineData("partner", "socials", Ga4Channel.Unassigned)]
    public void Organic_social_is_a_social_site_or_one_of_six_social_mediums(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("youtube", "referral", Ga4Channel.OrganicVideo)]
    [InlineData("vimeo", "organic", Ga4Channel.OrganicVideo)]
    [InlineData("youtube", "", Ga4Channel.OrganicVideo)]
    [InlineData("partner", "video", Ga4Channel.OrganicVideo)]
    [InlineData("partner", "webinar_VIDEO_replay", Ga4Channel.OrganicVideo)]
    [InlineData("google", "video", Ga4Channel.OrganicVideo)]
    [InlineData("partner", "vid", Ga4Channel.Unassigned)]
    public void Organic_video_is_a_video_site_or_a_medium_containing_video(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("google", "organic", Ga4Channel.OrganicSearch)]
    [InlineData("bing", "referral", Ga4Channel.OrganicSearch)]
    [InlineData("yandex.ru", "link", Ga4Channel.OrganicSearch)]
    [InlineData("google", "", Ga4Channel.OrganicSearch)]
    [InlineData("partner", "organic", Ga4Channel.OrganicSearch)]
    [InlineData("partner", "Organic", Ga4Channel.OrganicSearch)]
    [InlineData("partner", "organic_search", Ga4Channel.Unassigned)]
    public void Organic_search_is_a_search_site_or_medium_organic(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("partner", "referral", Ga4Channel.Referral)]
    [InlineData("partner", "app", Ga4Channel.Referral)]
    [InlineData("partner", "link", Ga4Channel.Referral)]
    [InlineData("email", "referral", Ga4Channel.Referral)]
    [InlineData("partner", "links", Ga4Channel.Unassigned)]
    [InlineData("partner", "referrals", Ga4Channel.Unassigned)]
    public void Referral_is_medium_referral_app_or_link(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("newsletter", "email", Ga4Channel.Email)]
    [InlineData("newsletter", "e-mail", Ga4Channel.Email)]
    [InlineData("newsletter", "e_mail", Ga4Channel.Email)]
    [InlineData("newsletter", "e mail", Ga4Channel.Email)]
    [InlineData("newsletter", "EMAIL", Ga4Channel.Email)]
    [InlineData("email", "newsletter", Ga4Channel.Email)]
    [InlineData("E-Mail", "", Ga4Channel.Email)]
    [InlineData("e mail", "blast", Ga4Channel.Email)]
    [InlineData("newsletter", "emails", Ga4Channel.Unassigned)]
    [InlineData("newsletter", "email_blast", Ga4Channel.Unassigned)]
    [InlineData("newsletter", "newsletter", Ga4Channel.Unassigned)]
    [InlineData("newsletter", "mail", Ga4Channel.Unassigned)]
    [InlineData("newsletter", "email-", Ga4Channel.Unassigned)]
    public void Email_is_a_source_or_medium_that_is_exactly_an_email_value(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("partner", "affiliate", Ga4Channel.Affiliates)]
    [InlineData("partner", "Affiliate", Ga4Channel.Affiliates)]
    [InlineData("affiliate", "", Ga4Channel.Unassigned)]
    [InlineData("partner", "affiliates", Ga4Channel.Unassigned)]
    public void Affiliates_is_medium_affiliate(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("spotify", "audio", Ga4Channel.Audio)]
    [InlineData("spotify", "AUDIO", Ga4Channel.Audio)]
    [InlineData("spotify", "podcast", Ga4Channel.Unassigned)]
    [InlineData("spotify", "audio_ad", Ga4Channel.Unassigned)]
    public void Audio_is_medium_audio(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("sms", "text", Ga4Channel.Sms)]
    [InlineData("SMS", "", Ga4Channel.Sms)]
    [InlineData("partner", "sms", Ga4Channel.Sms)]
    [InlineData("partner", "sms_blast", Ga4Channel.Unassigned)]
    public void Sms_is_source_or_medium_sms(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("app", "push", Ga4Channel.MobilePushNotifications)]
    [InlineData("app", "web_push", Ga4Channel.MobilePushNotifications)]
    [InlineData("app", "WebPush", Ga4Channel.MobilePushNotifications)]
    [InlineData("app", "mobile", Ga4Channel.MobilePushNotifications)]
    [InlineData("app", "in_mobile_app", Ga4Channel.MobilePushNotifications)]
    [InlineData("app", "notification", Ga4Channel.MobilePushNotifications)]
    [InlineData("app", "push_notifications", Ga4Channel.MobilePushNotifications)]
    [InlineData("app", "mobile_banner", Ga4Channel.MobilePushNotifications)]
    [InlineData("firebase", "message", Ga4Channel.MobilePushNotifications)]
    [InlineData("Firebase", "", Ga4Channel.MobilePushNotifications)]
    [InlineData("app", "push_web", Ga4Channel.Unassigned)]
    [InlineData("app", "pushes", Ga4Channel.Unassigned)]
    [InlineData("firebase.google.com", "message", Ga4Channel.Unassigned)]
    public void Mobile_push_is_a_medium_ending_in_push_or_containing_mobile_or_notification_or_source_firebase(string source, string medium, Ga4Channel expected) =>
        Assert.Equal(expected, Channel(source, medium));

    [Theory]
    [InlineData("partner", "newsletter")]
    [InlineData("partner", "")]
    [InlineData("", "")]
    [InlineData("partner", "print")]
    public void Unassigned_is_what_no_rule_matches(string source, string medium) =>
        Assert.Equal(Ga4Channel.Unassigned, Channel(source, medium));
}
