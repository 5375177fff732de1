using System.Text;

namespace UtmStudio.Tests.Unit.Links;

/// <summary>
/// Reads a query the way the WHATWG URL standard's URLSearchParams does (application/x-www-form-urlencoded
/// parsing): split on &amp;, name and value at the first =, '+' is a space, then percent-decoding as UTF-8.
/// Written from the standard's algorithm so the tests check our output against it, not against our own code.
/// </summary>
internal static class UrlSearchParams
{
    public static IReadOnlyList<(string Name, string Value)> Parse(string url)
    {
        var withoutFragment = url.Split('#', 2)[0];
        var query = withoutFragment.Contains('?', StringComparison.Ordinal) ? withoutFragment[(withoutFragment.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";
        return query.Split('&').Where(p => p.Length > 0).Select(p =>
        {
            var equals = p.IndexOf('=', StringComparison.Ordinal);
            return equals < 0 ? (Decode(p), "") : (Decode(p[..equals]), Decode(p[(equals + 1)..]));
        }).ToList();
    }

    private static string Decode(string text)
    {
        var bytes = new List<byte>();
        var input = Encoding.UTF8.GetBytes(text.Replace('+', ' '));
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == '%' && i + 2 < input.Length && IsHex(input[i + 1]) && IsHex(input[i + 2]))
            {
                bytes.Add(Convert.ToByte(Encoding.ASCII.GetString(input, i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add(input[i]);
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool IsHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F');
}
