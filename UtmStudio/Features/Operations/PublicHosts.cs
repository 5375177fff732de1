using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Operations;

/// <summary>
/// The Host header values the app answers (ASP.NET Core host filtering; anything else gets 400): the host of
/// App:PublicUrl, in Development also loopback and the listening addresses, plus the host names an operator
/// lists in the standard AllowedHosts setting (for example the name a health probe uses).
/// </summary>
public static class PublicHosts
{
    public const string ExtraHostsSetting = "AllowedHosts";

    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]"];

    public static IReadOnlyList<string> For(PublicUrl publicUrl, IConfiguration configuration, IHostEnvironment environment)
    {
        var hosts = new List<string> { HostOf(publicUrl.BaseUri) };
        if (Tracking.ShortLinkUrls.BaseOf(configuration[$"{Tracking.TrackingOptions.Section}:{nameof(Tracking.TrackingOptions.ShortLinkBaseUrl)}"]) is { } shortLinks)
        {
            hosts.Add(HostOf(shortLinks)); // a separate short-link host name (Tracking:ShortLinkBaseUrl)
        }

        if (environment.IsDevelopment())
        {
            hosts.AddRange(Loopback);
            hosts.AddRange(ListeningHosts(configuration["urls"]));
        }

        var extra = (configuration[ExtraHostsSetting] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (extra.Contains("*"))
        {
            throw new InvalidOperationException(
                $"{ExtraHostsSetting}=\"*\" would answer requests for any host name. UtmStudio allows the host of " +
                $"{PublicUrl.Setting} by itself; list only additional host names there, separated by ';'.");
        }

        hosts.AddRange(extra);
        return hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>IPv6 hosts keep their brackets; international names are compared in their ASCII (punycode) form.</summary>
    private static string HostOf(Uri uri) => uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost;

    private static IEnumerable<string> ListeningHosts(string? urls) =>
        (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? HostOf(uri) : null)
            .OfType<string>();
}
