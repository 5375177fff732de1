namespace UtmStudio.Features.Tracking.Redirect;

/// <summary>
/// /l/{code} is the short link; /q/{code} is the same link printed as a QR code, so scans are counted apart
/// without adding a parameter that would be forwarded to the landing page.
/// </summary>
public static class ShortLinkPaths
{
    public const string LinkPrefix = "/l/";

    public const string QrPrefix = "/q/";

    /// <summary>"/l/Ab3dE9xQ" or "/q/Ab3dE9xQ" (a trailing slash is forgiven); the code is 7–16 letters or digits.</summary>
    public static bool TryParse(string? path, out string code, out bool fromQr)
    {
        code = string.Empty;
        fromQr = false;
        if (path is null || path.Length < 4 || path[0] != '/' || path[2] != '/')
        {
            return false;
        }

        fromQr = path[1] is 'q' or 'Q';
        if (!fromQr && path[1] is not ('l' or 'L'))
        {
            return false;
        }

        var span = path.AsSpan(3);
        if (span.Length > 0 && span[^1] == '/')
        {
            span = span[..^1];
        }

        if (span.Length is < 7 or > 16)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        code = span.ToString();
        return true;
    }
}
