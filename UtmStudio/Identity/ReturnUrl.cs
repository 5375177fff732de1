namespace UtmStudio.Identity;

/// <summary>Keeps sign-in and sign-out redirects inside the app (no open redirect).</summary>
public static class ReturnUrl
{
    public const string Fallback = "/";

    /// <summary>Returns the URL when it is a path of this app ("/campaigns?x=1"), otherwise "/".</summary>
    public static string Sanitize(string? candidate)
    {
        if (string.IsNullOrWhiteSpace(candidate))
        {
            return Fallback;
        }

        var url = candidate.Trim();
        var isLocalPath = url[0] == '/'
            && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.Any(char.IsControl);
        return isLocalPath ? url : Fallback;
    }
}
