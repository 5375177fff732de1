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
/// normalised form, internationalised names included); no user info, no control characters, no backslash before
/// the query (browsers read it as "/", so the host checked might not be the host opened);</item>
/// <item>the landing URL's other query parameters keep their order and their exact text; every existing utm_*
/// parameter (in any case, even percent-encoded) is replaced; a #fragment stays after the query;</item>
/// <item>values are trimmed and percent-encoded (RFC 3986 unreserved characters stay, everything else — space, &amp;,
/// =, #, +, %, non-ASCII as UTF-8 — is escaped), so a WHATWG URL parser gives back exactly the values meant; a
/// value that can't be given back (a control character, half of a surrogate pair) is refused, not changed;</item>
/// <item>at most 100 characters per value, counted as the database counts them (Unicode code points), and 2,048
/// for the whole link;</item>
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
            if (ValueProblem(name, value?.Trim()) is { } problem)
            {
                problems[name] = problem;
            }
        }

        if (problems.Count > 0 || landing is null)
        {
            return new UtmComposition(null, problems);
        }

        var tags = values.Parameters()
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!.Trim()));
        var url = landing.Parts.With(landing.KeptParameters.Concat(tags));
        if (url.Length > MaxUrlLength)
        {
            problems["url"] = $"The link would be {url.Length} characters long; keep it to {MaxUrlLength} (shorten the landing page address or the values).";
            return new UtmComposition(null, problems);
        }

        return new UtmComposition(url, problems);
    }

    private static string? ValueProblem(string name, string? trimmed)
    {
        if (string.IsNullOrEmpty(trimmed))
        {
            return UtmValues.Required.Contains(name) ? $"Enter {name}." : null;
        }

        // Counted in Unicode characters, as the database counts them: an emoji is one, not two.
        var length = trimmed.EnumerateRunes().Count();
        if (length > MaxValueLength)
        {
            return $"{name} can be at most {MaxValueLength} characters (it has {length}).";
        }

        if (trimmed.Any(char.IsControl))
        {
            return $"{name} contains a control character (a line break or tab, say); remove it.";
        }

        // Half of a character (a lone UTF-16 surrogate) has no UTF-8 form: it would reach the link as U+FFFD.
        return HasBrokenCharacter(trimmed) ? $"{name} contains a broken character (half of an emoji, say); type it again." : null;
    }

    private static bool HasBrokenCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
