using UtmStudio.Features.Links.Channels;

namespace UtmStudio.Tests.Unit.Links.Channels;

/// <summary>What the preview tells a marketer: the reason, and a warning only when the result will surprise them.</summary>
public sealed class Ga4ChannelPreviewTests
{
    [Fact]
    public void X_with_cpc_is_paid_other_and_the_marketer_is_told_why_and_what_to_use()
    {
        var preview = Ga4ChannelClassifier.Preview("x", "cpc");

        Assert.Equal(Ga4Channel.PaidOther, preview.Channel);
        Assert.Equal("Medium \"cpc\" is a paid medium and source \"x\" is not in Google's social, search, video or shopping lists.", preview.Reason);
        Assert.Equal(
            "You probably meant Paid Social, but GA4 will report Paid Other because medium \"cpc\" is a paid medium and source \"x\" "
            + "is not in Google's social, search, video or shopping lists; use source twitter instead, the name GA4 still knows X by.",
            preview.Warning);
    }

    [Fact]
    public void Unassigned_always_warns_and_says_how_to_fix_it()
    {
        var preview = Ga4ChannelClassifier.Preview("partner", "newsletter");

        Assert.Equal(Ga4Channel.Unassigned, preview.Channel);
        Assert.Equal("No GA4 channel rule matches source \"partner\" with medium \"newsletter\".", preview.Reason);
        Assert.Equal(
            "GA4 will report these visits as Unassigned: no GA4 channel rule matches source \"partner\" with medium \"newsletter\". "
            + "For Email, use medium email.",
            preview.Warning);
    }

    [Theory]
    [InlineData("partner", "print", "Use a medium GA4 knows, such as cpc for ads, social, email, referral or affiliate.")]
    [InlineData(null, null, "Enter a source and a medium, such as newsletter and email.")]
    [InlineData("x", "", "For Organic Social, use source twitter instead, the name GA4 still knows X by.")]
    [InlineData("partner", "organic_search", "For Organic Search, use medium organic.")]
    [InlineData("partner", "push_web", "For Mobile Push Notifications, use a medium that ends with push, such as app_push.")]
    [InlineData("partner", "affiliates", "For Affiliates, use medium affiliate.")]
    public void An_unassigned_warning_ends_with_the_fix_that_fits(string? source, string? medium, string fix)
    {
        var warning = Ga4ChannelClassifier.Preview(source, medium).Warning!;

        Assert.StartsWith("GA4 will report these visits as Unassigned: ", warning, StringComparison.Ordinal);
        Assert.EndsWith(fix, warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("meta", "cpc", null, "Paid Social", "use source facebook or instagram instead")]
    [InlineData("partner", "paid_social", null, "Paid Social", "use a social site from Google's list as the source")]
    [InlineData("google_ads", "cpc", null, "Paid Search", "use source google instead")]
    [InlineData("Microsoft Ads", "cpc", null, "Paid Search", "use source bing instead")]
    [InlineData("x", "organic", null, "Organic Social", "use source twitter instead")]
    [InlineData("x", "cpm", null, "Paid Social", "use source twitter instead")]
    [InlineData("partner", "paid_video", null, "Paid Video", "use a video site from Google's list as the source")]
    [InlineData("partner", "paid_display", null, "Display", "use medium display or banner")]
    [InlineData("app", "mobile_banner", null, "Display", "use medium display or banner")]
    [InlineData("facebook", "email", null, "Email", "use medium email and a source that is not in Google's social, search, video or shopping lists")]
    [InlineData("facebook", "cpc", "bikeshop_promo", "Paid Social", "unless these are shopping ads or posts, rename the campaign without shop or shopping in it")]
    [InlineData("facebook", "social", "shop_week", "Organic Social", "unless these are shopping ads or posts, rename the campaign without shop or shopping in it")]
    public void A_channel_other_than_the_one_the_tags_suggest_is_explained_with_a_fix(
        string source, string medium, string? campaign, string meant, string fix)
    {
        var preview = Ga4ChannelClassifier.Preview(source, medium, campaign);
        var reported = Ga4ChannelText.Name(preview.Channel);

        Assert.StartsWith($"You probably meant {meant}, but GA4 will report {reported} because ", preview.Warning, StringComparison.Ordinal);
        Assert.Contains("; " + fix, preview.Warning, StringComparison.Ordinal);
        Assert.EndsWith(".", preview.Warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("google", "cpc", null)]
    [InlineData("facebook", "paid_social", null)]
    [InlineData("facebook", "social", null)]
    [InlineData("x", "social", null)]
    [InlineData("x", "email", null)]
    [InlineData("newsletter", "email", null)]
    [InlineData("youtube", "paid_video", null)]
    [InlineData("tiktok", "paid_video", null)]
    [InlineData("google", "paid_social", null)]
    [InlineData("google", "display", null)]
    [InlineData("amazon", "cpc", "spring_shop")]
    [InlineData("partner", "cpc", null)]
    [InlineData("partner", "cpm", null)]
    [InlineData("partner", "referral", null)]
    [InlineData("app", "push", null)]
    [InlineData("sms", "text", null)]
    [InlineData("google", "cpc", "pmax cross-network")]
    [InlineData("(direct)", "(none)", null)]
    public void The_channel_the_tags_ask_for_gives_no_warning(string source, string medium, string? campaign) =>
        Assert.Null(Ga4ChannelClassifier.Preview(source, medium, campaign).Warning);

    [Theory]
    [InlineData("FACEBOOK", "CPC", null, Ga4Channel.PaidSocial)]
    [InlineData("Google", "Organic", null, Ga4Channel.OrganicSearch)]
    [InlineData("YouTube", "Paid_Video", null, Ga4Channel.PaidVideo)]
    [InlineData("Partner", "CPC", "SPRING_SHOP", Ga4Channel.PaidShopping)]
    [InlineData("Newsletter", "E-Mail", null, Ga4Channel.Email)]
    [InlineData("X", "CPC", null, Ga4Channel.PaidOther)]
    [InlineData("  facebook ", " cpc  ", null, Ga4Channel.PaidSocial)]
    public void Case_and_surrounding_spaces_do_not_matter(string source, string medium, string? campaign, Ga4Channel expected) =>
        Assert.Equal(expected, Ga4ChannelClassifier.Preview(source, medium, campaign).Channel);

    [Fact]
    public void An_upper_case_x_gets_the_same_warning_as_a_lower_case_one() =>
        Assert.Contains("use source twitter instead", Ga4ChannelClassifier.Preview("X", "CPC").Warning, StringComparison.Ordinal);

    [Theory]
    [InlineData(null, null, Ga4Channel.Unassigned)]
    [InlineData(null, "email", Ga4Channel.Email)]
    [InlineData("google", null, Ga4Channel.OrganicSearch)]
    [InlineData("", "", Ga4Channel.Unassigned)]
    [InlineData("   ", "\t", Ga4Channel.Unassigned)]
    public void Missing_values_never_throw(string? source, string? medium, Ga4Channel expected)
    {
        var preview = Ga4ChannelClassifier.Preview(source, medium, campaign: null, sourcePlatform: null);

        Assert.Equal(expected, preview.Channel);
        Assert.False(string.IsNullOrWhiteSpace(preview.Reason));
    }

    [Fact]
    public void A_paid_medium_without_a_source_says_so_in_plain_words() =>
        Assert.Equal("Medium \"cpc\" is a paid medium and there is no source.", Ga4ChannelClassifier.Preview(null, "cpc").Reason);

    [Fact]
    public void The_source_platform_does_not_change_the_channel_of_a_tagged_link() =>
        Assert.Equal(Ga4ChannelClassifier.Preview("google", "cpc"), Ga4ChannelClassifier.Preview("google", "cpc", sourcePlatform: "Google Ads"));

    [Theory]
    [InlineData("amazon", "cpc", null, "Medium \"cpc\" is a paid medium and source \"amazon\" is in Google's list of shopping sites.")]
    [InlineData("partner", "cpc", "eshop", "Medium \"cpc\" is a paid medium and the campaign name \"eshop\" looks like a shopping campaign to GA4 (it contains shop or shopping).")]
    [InlineData("facebook", "social", null, "Source \"facebook\" is in Google's list of social sites.")]
    [InlineData("partner", "banner", null, "Medium \"banner\" is one of GA4's display mediums (display, banner, expandable, interstitial, cpm).")]
    [InlineData("partner", "e mail", null, "Medium \"e mail\" is one of GA4's email values (email, e-mail, e_mail, e mail).")]
    [InlineData("app", "web_push", null, "Medium \"web_push\" ends with push.")]
    [InlineData("(direct)", "(none)", null, "Source (direct) with medium \"(none)\" is how GA4 marks visits that carry no campaign tags.")]
    [InlineData("google", "cpc", "cross-network", "The campaign name \"cross-network\" contains cross-network.")]
    public void The_reason_is_one_sentence_naming_the_values_that_decided(string source, string medium, string? campaign, string reason) =>
        Assert.Equal(reason, Ga4ChannelClassifier.Preview(source, medium, campaign).Reason);
}
