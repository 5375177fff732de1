using System.Text;
using UtmStudio.Features.Domains;

namespace UtmStudio.Features.Links.Composition;

/// <summary>What composing a link gave: the URL, or the problems (field key → message) that stop it.</summary>
public sealed record UtmComposition(string? Url, IReadOnlyDictionary<string, string> Problems)
{
    public bool IsValid => Url is not null;
}

/// <summary>
/// Builds a UTM-tagged URL from a landing page and UTM values, as a pure function (no I/O):
/// <list type="bullet">
/// <item>only absolute http/https URLs on the domain or one of its subdomains (host names compared in their
/// normalised form, internationalised names included); no user info, no control characters;</item>
/// <item>the landing URL's other query parameters keep their order and their exact text; every existing utm_*
/// parameter (in any case, even percent-encoded) is replaced; a #fragment stays after the query;</item>
/// <item>values are trimmed and percent-encoded (RFC 3986 unreserved characters stay, everything else — space, &amp;,
/// =, #, +, %, non-ASCII as UTF-8 — is escaped), so a WHATWG URL parser gives back exactly the values meant;</item>
/// <item>idempotent: composing from a composed URL with the same values gives the same URL.</item>
/// </list>
/// </summary>
public static class UtmUrlComposer
{
    public const int MaxValueLength = 100;

    public const int MaxUrlLength = 2048;

    public static UtmComposition Compose(string? landingUrl, string domainName, UtmValues values)
    {
        var problems = new Dictionary<string, string>();
        var landing = LandingUrl.Parse(landingUrl, domainName, problems);
        foreach (var (name, value) in values.Parameters())
        {
            var trimmed = value?.Trim();
            if (string.IsNullOrEmpty(trimmed) && name is "utm_source" or "utm_medium" or "utm_campaign")
            {
                problems[name] = $"Enter {name}.";
            }
            else if (trimmed?.Length > MaxValueLength)
            {
                problems[name] = $"{name} can be at most {MaxValueLength} characters (it has {trimmed.Length}).";
            }
            else if (trimmed is not null && trimmed.Any(char.IsControl))
            {
                problems[name] = $"{name} contains a control character (a line break or tab, say); remove it.";
            }
        }

        if (problems.Count > 0 || landing is null)
        {
            return new UtmComposition(null, problems);
        }

        var query = new StringBuilder();
        foreach (var kept in landing.KeptParameters)
        {
            Append(query, kept);
        }

        foreach (var (name, value) in values.Parameters())
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                Append(query, name + "=" + Uri.EscapeDataString(value.Trim()));
            }
        }

        var url = landing.BeforeQuery + "?" + query + landing.Fragment;
        if (url.Length > MaxUrlLength)
        {
            problems["url"] = $"The link would be {url.Length} characters long; keep it to {MaxUrlLength} (shorten the landing page address or the values).";
            return new UtmComposition(null, problems);
        }

        return new UtmComposition(url, problems);
    }

    private static void Append(StringBuilder query, string parameter)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(parameter);
    }
}
