using System.Globalization;

namespace UtmStudio.Tests.Unit.Links;

/// <summary>
/// The scheme and host a browser opens for an http(s) address, read the WHATWG URL standard's way (for special
/// schemes "\" is "/", the host ends at the first "/", "\", "?" or "#", user info ends at the last "@", a port
/// follows the last ":") and compared in IDNA ASCII form. Written from the standard, not from our code, so a
/// link the composer accepts is checked against what a browser would do with it.
/// </summary>
internal static class BrowserHost
{
    private static readonly IdnMapping Idn = new();

    public static bool IsWebAddressOn(string url, string domain)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || url[..colon].ToLowerInvariant() is not ("http" or "https"))
        {
            return false;
        }

        var rest = url[(colon + 1)..].TrimStart('/', '\\');
        var authority = rest[..IndexOrLength(rest, rest.IndexOfAny(['/', '\\', '?', '#']))];
        var host = authority[(authority.LastIndexOf('@') + 1)..];
        var portStart = host.LastIndexOf(':');
        if (portStart >= 0 && host[(portStart + 1)..].All(char.IsAsciiDigit))
        {
            host = host[..portStart];
        }

        var ascii = Idn.GetAscii(host.TrimEnd('.')).ToLowerInvariant();
        var domainAscii = Idn.GetAscii(domain).ToLowerInvariant();
        return ascii == domainAscii || ascii.EndsWith("." + domainAscii, StringComparison.Ordinal);
    }

    private static int IndexOrLength(string text, int index) => index < 0 ? text.Length : index;
}
