using UtmStudio.Features.Domains;

namespace UtmStudio.Features.Links.Composition;

/// <summary>
/// A landing page address taken apart without re-encoding anything: the part before the query (scheme, host,
/// port, path as typed), the query's parameters that are not utm_* (each exactly as typed), and the #fragment.
/// </summary>
internal sealed record LandingUrl(string BeforeQuery, IReadOnlyList<string> KeptParameters, IReadOnlyList<string> ReplacedParameters, string Fragment)
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

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problems["url"] = "Use a full web address that starts with https:// (or http://).";
            return null;
        }

        if (uri.UserInfo.Length > 0)
        {
            problems["url"] = "The address has a user name or password in it (before @); remove it.";
            return null;
        }

        var host = DomainName.Canonical(uri.IdnHost);
        var domain = DomainName.Canonical(domainName) ?? domainName;
        if (host is null || !(host == domain || host.EndsWith("." + domain, StringComparison.Ordinal)))
        {
            problems["url"] = $"Links of {domainName} go to {domainName} or one of its subdomains, not to {uri.Host}.";
            return null;
        }

        var fragmentStart = url.IndexOf('#');
        var fragment = fragmentStart >= 0 ? url[fragmentStart..] : "";
        var withoutFragment = fragmentStart >= 0 ? url[..fragmentStart] : url;
        var queryStart = withoutFragment.IndexOf('?');
        var beforeQuery = queryStart >= 0 ? withoutFragment[..queryStart] : withoutFragment;
        var query = queryStart >= 0 ? withoutFragment[(queryStart + 1)..] : "";
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries);
        return new LandingUrl(beforeQuery, parameters.Where(p => !IsUtm(p)).ToList(), parameters.Where(IsUtm).ToList(), fragment);
    }

    /// <summary>utm_source, UTM_Source, utm%5Fsource: the name as a URL parser reads it decides.</summary>
    private static bool IsUtm(string parameter)
    {
        var name = parameter.Split('=', 2)[0];
        var decoded = Uri.UnescapeDataString(name.Replace('+', ' '));
        return decoded.StartsWith("utm_", StringComparison.OrdinalIgnoreCase);
    }
}
