using UtmStudio.Features.Tracking.Redirect;

namespace UtmStudio.Features.Tracking.Recording;

/// <summary>A click as it is stored: classified, with the visitor hash instead of IP and user agent.</summary>
public sealed record RecordedClick(
    DateTimeOffset At,
    Guid LinkId,
    Guid CampaignId,
    Guid DomainId,
    LinkDimensions Link,
    string? ReferrerHost,
    string Device,
    string Browser,
    string Os,
    string? Country,
    bool FromQr,
    bool IsBot,
    byte[] VisitorHash);
