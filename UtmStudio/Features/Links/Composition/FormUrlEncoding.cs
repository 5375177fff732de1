using System.Text;

namespace UtmStudio.Features.Links.Composition;

/// <summary>
/// Reads query names and values the way browsers and analytics tools do (the WHATWG URL standard's
/// application/x-www-form-urlencoded parser, which URLSearchParams uses): "+" is a space, %XX escapes are bytes
/// decoded as UTF-8 (bytes that are not UTF-8 become U+FFFD), and a "%" not followed by two hex digits stays
/// as it is. Composer and parser both use it, so they agree on which parameters are utm_* ones.
/// </summary>
internal static class FormUrlEncoding
{
    public static string Decode(string text)
    {
        var bytes = new List<byte>(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (text[i] == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                bytes.Add((byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2])));
                i += 2;
            }
            else
            {
                // A surrogate pair is one character; a lone surrogate becomes U+FFFD, as in any UTF-8 encoding.
                var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                var written = Encoding.UTF8.GetBytes(text.AsSpan(i, length), utf8);
                bytes.AddRange(utf8[..written]);
                i += length - 1;
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
