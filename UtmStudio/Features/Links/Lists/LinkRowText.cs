namespace UtmStudio.Features.Links.Lists;

/// <summary>
/// How a row of a link list reads: a title (the label, or "source / medium"), the landing page without its scheme,
/// and the UTM values as people typed them ("content hero banner", not "utm_content=hero%20banner"). The full URL
/// is the row's tooltip and what its copy button copies.
/// </summary>
public static class LinkRowText
{
    public static string Title(LinkDetails link) => link.Label ?? $"{link.Values.Source} / {link.Values.Medium}";

    /// <summary>"shop.acme.test/spring?ref=nav" for https://shop.acme.test/spring?ref=nav: the scheme says nothing
    /// a marketer needs, and a bare "/" after the host is left out.</summary>
    public static string Page(string landingUrl)
    {
        var withoutScheme = landingUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? landingUrl[8..]
            : landingUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? landingUrl[7..]
            : landingUrl;
        return withoutScheme.EndsWith('/') && withoutScheme.IndexOf('/') == withoutScheme.Length - 1 ? withoutScheme[..^1] : withoutScheme;
    }

    /// <summary>The link's set UTM values, each with its short name, in URL order. The campaign's utm_campaign and
    /// utm_id are left out where the list is the campaign's own (every row would repeat them).</summary>
    public static IReadOnlyList<(string Name, string Value)> Values(LinkDetails link, bool withCampaign) =>
        link.Values.Parameters()
            .Where(p => p.Value is { Length: > 0 } && (withCampaign || p.Name is not ("utm_campaign" or "utm_id")))
            .Select(p => (p.Name["utm_".Length..].Replace('_', ' '), p.Value!))
            .ToList();
}
