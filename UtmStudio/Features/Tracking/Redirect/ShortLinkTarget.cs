namespace UtmStudio.Features.Tracking.Redirect;

/// <summary>
/// What the redirect knows about a short link, read through app_short_link: where it leads, how, and the link's
/// values that its clicks are counted under (they are the values at the time of the click).
/// </summary>
public sealed record ShortLinkTarget(
    Guid LinkId,
    Guid DomainId,
    Guid CampaignId,
    string FullUrl,
    int RedirectStatus,
    bool DomainVerified,
    bool ForwardQueryParameters,
    bool QueryOverridesUtm,
    LinkDimensions Dimensions);

/// <summary>A link's UTM values and GA4 channel, as its clicks' breakdowns record them.</summary>
public sealed record LinkDimensions(string Channel, string Source, string Medium, string Campaign, string? Content, string? Term);
