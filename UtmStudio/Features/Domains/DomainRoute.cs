namespace UtmStudio.Features.Domains;

/// <summary>
/// Domain pages live under /d/{domain}/…, so a page can be bookmarked, shared and opened side by side with
/// another domain's. This reads and builds those addresses.
/// </summary>
public static class DomainRoute
{
    public const string Prefix = "d";

    /// <summary>
    /// "d/acme.test/team?x=1" gives ("acme.test", "team"). The name comes back normalised (see
    /// <see cref="DomainName"/>), so /d/WWW.Acme.test and /d/ａｃｍｅ．test name the stored acme.test.
    /// </summary>
    public static bool TryParse(string baseRelativePath, out string domainName, out string subPath)
    {
        var path = baseRelativePath.Split('?', '#')[0].Trim('/');
        var parts = path.Split('/', 3);
        if (parts.Length >= 2 && parts[0] == Prefix && parts[1].Length > 0)
        {
            var typed = Uri.UnescapeDataString(parts[1]);
            domainName = DomainName.Canonical(typed) ?? typed;
            subPath = parts.Length == 3 ? parts[2] : string.Empty;
            return true;
        }

        domainName = subPath = string.Empty;
        return false;
    }

    public static string For(string domainName, string? subPath = null) =>
        $"/{Prefix}/{Uri.EscapeDataString(domainName)}{(string.IsNullOrEmpty(subPath) ? string.Empty : "/" + subPath)}";
}
