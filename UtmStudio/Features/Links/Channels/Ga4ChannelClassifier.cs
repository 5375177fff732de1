namespace UtmStudio.Features.Links.Channels;

/// <summary>
/// Which channel of Google Analytics 4's default channel group a link's visits will land in, computed from Google's
/// documented rules (Ga4ChannelRules, in Google's order, first match wins) and Google's source list, with a plain
/// reason and a warning when the result is Unassigned or not what the tags suggest. Pure: no I/O after the embedded
/// source list is read once.
/// </summary>
public static class Ga4ChannelClassifier
{
    /// <param name="sourcePlatform">
    /// utm_source_platform. Accepted so callers pass every tag, but no rule for tagged traffic reads it: GA4 only uses
    /// the source platform in its Google Ads, DV360 and SA360 rules, together with data those products' own
    /// auto-tagging sends, which a typed link never carries.
    /// </param>
    public static ChannelPreview Preview(string? source, string? medium, string? campaign = null, string? sourcePlatform = null)
    {
        var tags = new TrafficTags(source, medium, campaign);
        var (channel, because) = Ga4ChannelRules.Classify(tags);
        return new ChannelPreview(channel, ChannelWarnings.Capitalised(because) + ".", ChannelWarnings.For(tags, channel, because));
    }
}
