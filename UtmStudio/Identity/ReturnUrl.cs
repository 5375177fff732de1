using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace UtmStudio.Identity;

/// <summary>Keeps sign-in and sign-out redirects inside the app (no open redirect) and safe to send as a header.</summary>
public static class ReturnUrl
{
    public const string Fallback = "/";

    /// <summary>The value travels to the identity provider and back inside the OpenID Connect state parameter.</summary>
    public const int MaxLength = 2048;

    /// <summary>
    /// Returns the URL when it is a path of this app ("/campaigns?x=1"), otherwise "/". Non-ASCII characters
    /// are percent-encoded: the result becomes a Location header, and Kestrel refuses anything but ASCII there.
    /// </summary>
    public static string Sanitize(string? candidate)
    {
        if (string.IsNullOrWhiteSpace(candidate))
        {
            return Fallback;
        }

        var url = candidate.Trim();

        // The framework's check refuses "//host", "/\host" and absolute URLs. It lets control characters through,
        // but browsers drop tabs and line breaks inside URLs ("/\t/evil.example" becomes "//evil.example").
        // "~/" paths are refused too: they are not valid in a Location header.
        if (url[0] != '/' || url.Any(char.IsControl) || !RedirectHttpResult.IsLocalUrl(url))
        {
            return Fallback;
        }

        var headerSafe = PercentEncodeNonAscii(url);
        return headerSafe.Length <= MaxLength ? headerSafe : Fallback;
    }

    /// <summary>"/a b/ü" becomes "/a%20b/%C3%BC"; existing escapes stay, so sanitising twice changes nothing.</summary>
    private static string PercentEncodeNonAscii(string url)
    {
        var encoded = new StringBuilder(url.Length);
        for (var i = 0; i < url.Length;)
        {
            if (IsHeaderSafe(url[i]))
            {
                encoded.Append(url[i++]);
                continue;
            }

            // Encode a whole run at once, so surrogate pairs become one UTF-8 sequence (a lone surrogate becomes U+FFFD).
            var start = i;
            while (i < url.Length && !IsHeaderSafe(url[i]))
            {
                i++;
            }

            foreach (var b in Encoding.UTF8.GetBytes(url[start..i]))
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private static bool IsHeaderSafe(char c) => c is > ' ' and < (char)0x7F;
}
