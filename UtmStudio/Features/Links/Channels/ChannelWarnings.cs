namespace UtmStudio.Features.Links.Channels;

/// <summary>
/// The preview's warning: always for Unassigned (GA4 will not count the visits in any channel), and when GA4's
/// channel is not one the tags' author would expect — only then, so a warning always means something to fix.
/// </summary>
internal static class ChannelWarnings
{
    private const string CampaignFix = "unless these are shopping ads or posts, rename the campaign without shop or shopping in it";

    public static string? For(TrafficTags tags, Ga4Channel actual, string because)
    {
        // Direct and Cross-network only come from values typed on purpose: "(direct)", "cross-network".
        if (actual is Ga4Channel.Direct or Ga4Channel.CrossNetwork)
        {
            return null;
        }

        var expectation = ChannelExpectation.For(tags);
        if (actual == Ga4Channel.Unassigned)
        {
            return $"GA4 will report these visits as Unassigned: {because}. " + (expectation is null
                ? Capitalised(GenericFix(tags)) + "."
                : $"For {Ga4ChannelText.Name(expectation.Expected)}, {expectation.Fix}.");
        }

        if (expectation is null || expectation.Accepted.Contains(actual))
        {
            return null;
        }

        var fix = Ga4ChannelRules.ShoppingByCampaignName(tags, actual) ? CampaignFix : expectation.Fix;
        return $"You probably meant {Ga4ChannelText.Name(expectation.Expected)}, but GA4 will report "
            + $"{Ga4ChannelText.Name(actual)} because {because}; {fix}.";
    }

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string GenericFix(TrafficTags tags) =>
        tags.Source.Length == 0 && tags.Medium.Length == 0
            ? "enter a source and a medium, such as newsletter and email"
            : "use a medium GA4 knows, such as cpc for ads, social, email, referral or affiliate";
}
