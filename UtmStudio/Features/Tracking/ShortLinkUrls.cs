using Microsoft.Extensions.Options;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Tracking.Redirect;

namespace UtmStudio.Features.Tracking;

/// <summary>
/// The absolute short link of a code, from Tracking:ShortLinkBaseUrl or else App:PublicUrl — never from the
/// request's Host header. The QR code encodes the /q/ form, so scans are counted apart.
/// </summary>
public sealed class ShortLinkUrls
{
    private readonly Uri _base;

    public ShortLinkUrls(PublicUrl publicUrl, IOptions<TrackingOptions> options)
    {
        _base = BaseOf(options.Value.ShortLinkBaseUrl) ?? publicUrl.BaseUri;
    }

    public string Link(string code) => new Uri(_base, ShortLinkPaths.LinkPrefix.TrimStart('/') + code).ToString();

    public string Qr(string code) => new Uri(_base, ShortLinkPaths.QrPrefix.TrimStart('/') + code).ToString();

    /// <summary>The configured short-link address, checked: absolute http(s) without query; null when not set.</summary>
    public static Uri? BaseOf(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        return Uri.TryCreate(configured.TrimEnd('/') + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
               && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? uri
            : throw new InvalidOperationException(
                $"{TrackingOptions.Section}:{nameof(TrackingOptions.ShortLinkBaseUrl)} must be an absolute http(s) address without query, e.g. https://go.example.com (got \"{configured}\").");
    }
}
