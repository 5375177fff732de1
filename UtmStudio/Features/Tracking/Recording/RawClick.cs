using System.Net;
using UtmStudio.Features.Tracking.Redirect;

namespace UtmStudio.Features.Tracking.Recording;

/// <summary>
/// A click as the redirect saw it, waiting in memory for the writer, which classifies it and turns IP and user agent
/// into the day's visitor hash. The IP address lives only here, in memory, and is never stored.
/// </summary>
public readonly record struct RawClick(
    DateTimeOffset At,
    ShortLinkTarget Link,
    IPAddress? Ip,
    string? UserAgent,
    string? Referer,
    string? Country,
    bool IsHead,
    bool FromQr);
