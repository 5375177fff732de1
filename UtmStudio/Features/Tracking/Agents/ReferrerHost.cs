using System.Buffers;

namespace UtmStudio.Features.Tracking.Agents;

/// <summary>
/// The site a click came from, as the host of its Referer header and nothing more: the path and query of the page
/// the visitor was on are never kept (they can hold search terms, e-mail addresses, session ids).
/// </summary>
public static class ReferrerHost
{
    /// <summary>The longest DNS name (RFC 1035); a longer host is not a real one.</summary>
    public const int MaxLength = 253;

    /// <summary>Room for a host of <see cref="MaxLength"/>, a port and brackets; anything longer is not read.</summary>
    private const int MaxAuthorityLength = 300;

    // Where the authority ends; browsers treat a backslash in an http(s) URL as a slash.
    private static readonly SearchValues<char> AuthorityEnd = SearchValues.Create("/?#\\");

    /// <summary>
    /// The host of an http(s) referer: lowercase, in its ASCII (punycode) form so "bücher.de" and
    /// "xn--bcher-kva.de" count as one site, without port, user name, trailing dot or a leading "www." (so
    /// www.google.com and google.com count together; "www.com" itself stays). IP addresses are kept (IPv6 in
    /// brackets). A referer from an Android app (Chrome sends <c>android-app://com.google.android.gm/</c> when an
    /// app opens a link) gives the app's package name, which names the source just as a host does.
    /// Null for a missing, unreadable or otherwise non-web referer.
    /// </summary>
    public static string? From(string? referer)
    {
        if (string.IsNullOrWhiteSpace(referer))
        {
            return null;
        }

        var text = referer.AsSpan().Trim();
        var separator = text.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0)
        {
            return null;
        }

        var scheme = text[..separator];
        var rest = text[(separator + 3)..];
        if (scheme.Equals("android-app", StringComparison.OrdinalIgnoreCase))
        {
            return AndroidPackage(rest);
        }

        if (!scheme.Equals("https", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("http", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Only the authority is parsed: the path and query are never looked at, and a long query costs nothing.
        var end = rest.IndexOfAny(AuthorityEnd);
        var authority = end < 0 ? rest : rest[..end];
        if (authority.IsEmpty || authority.Length > MaxAuthorityLength
            || !Uri.TryCreate(string.Concat("http://", authority, "/"), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.HostNameType switch
        {
            UriHostNameType.Dns => uri.IdnHost.TrimEnd('.').ToLowerInvariant(),
            UriHostNameType.IPv4 => uri.Host,
            UriHostNameType.IPv6 => uri.Host.ToLowerInvariant(),
            _ => null,
        };

        if (host is null || host.Length == 0 || host.Length > MaxLength)
        {
            return null;
        }

        return host.StartsWith("www.", StringComparison.Ordinal) && host.IndexOf('.', 4) > 0 ? host[4..] : host;
    }

    /// <summary>"com.google.android.gm" from "com.google.android.gm/…": dot-separated Java identifiers, two or more.</summary>
    private static string? AndroidPackage(ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOf('/');
        var package = end < 0 ? rest : rest[..end];
        if (package.IsEmpty || package.Length > MaxLength || !package.Contains('.'))
        {
            return null;
        }

        var segmentStart = true;
        foreach (var c in package)
        {
            if (c == '.')
            {
                if (segmentStart)
                {
                    return null;
                }

                segmentStart = true;
            }
            else if (char.IsAsciiLetter(c) || (!segmentStart && (char.IsAsciiDigit(c) || c == '_')))
            {
                segmentStart = false;
            }
            else
            {
                return null;
            }
        }

        return segmentStart ? null : package.ToString().ToLowerInvariant();
    }
}
