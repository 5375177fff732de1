using UtmStudio.Features.Domains;

namespace UtmStudio.Features.Links.Composition;

/// <summary>
/// A landing page address, checked to be on the domain, taken apart without re-encoding anything: the part before
/// the query (scheme, host, port, path as typed), the query's parameters that are not utm_* (each exactly as
/// typed), and the #fragment.
/// </summary>
internal sealed record LandingUrl(QueryParts Parts, IReadOnlyList<string> KeptParameters)
{
    public static LandingUrl? Parse(string? text, string domainName, Dictionary<string, string> problems)
    {
        var url = text?.Trim() ?? "";
        if (url.Length == 0)
        {
            problems["url"] = "Enter the landing page address, like https://acme.com/spring.";
            return null;
        }

        if (url.Any(c => char.IsControl(c) || c == ' '))
        {
            problems["url"] = "The address contains spaces or control characters; paste it again from the browser's address bar.";
            return null;
        }

        if (!HasWebScheme(url))
        {
            problems["url"] = "Use a full web address that starts with https:// (or http://).";
            return null;
        }

        // Browsers read "\" as "/" before the query, other URL parsers don't: the host we check could then not
        // be the host a browser opens (https://evil.test\@acme.test). Only the query and fragment may have one.
        var parts = QueryParts.Split(url);
        if (parts.BeforeQuery.Contains('\\', StringComparison.Ordinal))
        {
            problems["url"] = "The address has a backslash (\\) in it; use forward slashes (/) instead.";
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problems["url"] = "That is not a valid web address; copy it again from the browser's address bar.";
            return null;
        }

        if (uri.UserInfo.Length > 0)
        {
            problems["url"] = "The address has a user name or password in it (before @); remove it.";
            return null;
        }

        var host = AsciiHost(uri);
        var domain = DomainName.Canonical(domainName) ?? domainName;
        if (host is null || !(host == domain || host.EndsWith("." + domain, StringComparison.Ordinal)))
        {
            problems["url"] = $"Links of {domainName} go to {domainName} or one of its subdomains, not to {uri.Host}.";
            return null;
        }

        return new LandingUrl(parts, parts.Parameters.Where(p => !QueryParts.IsUtm(p)).ToList());
    }

    private static string? AsciiHost(Uri uri)
    {
        try
        {
            return DomainName.Canonical(uri.IdnHost);
        }
        catch (UriFormatException)
        {
            return null; // found by the property tests: "xn--🎉", an IDNA prefix on a label that isn't ASCII
        }
    }

    /// <summary>Starts with http: or https: in any case (browsers read HTTPS:// as https://).</summary>
    internal static bool HasWebScheme(string url) =>
        url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
}
