namespace UtmStudio.Features.Links.Builder;

/// <summary>A composed URL cut into the pieces the preview colours: landing page, separators, parameters, fragment.</summary>
public sealed record UrlPart(string Text, string CssClass, string? Title)
{
    public static UrlPart Plain(string text) => new(text, "utm-url-base", null);
}

public static class UrlParts
{
    public static IReadOnlyList<UrlPart> Of(string url)
    {
        var parts = new List<UrlPart>();
        var hash = url.IndexOf('#');
        var beforeFragment = hash >= 0 ? url[..hash] : url;
        var question = beforeFragment.IndexOf('?');
        parts.Add(UrlPart.Plain(question >= 0 ? beforeFragment[..question] : beforeFragment));
        if (question >= 0)
        {
            var parameters = beforeFragment[(question + 1)..].Split('&');
            for (var i = 0; i < parameters.Length; i++)
            {
                parts.Add(new UrlPart(i == 0 ? "?" : "&", "utm-url-separator", null));
                var name = parameters[i].Split('=', 2)[0];
                parts.Add(name.StartsWith("utm_", StringComparison.Ordinal)
                    ? new UrlPart(parameters[i], "utm-url-param utm-url-" + name.Replace('_', '-'), name)
                    : new UrlPart(parameters[i], "utm-url-kept", "kept from the landing page"));
            }
        }

        if (hash >= 0)
        {
            parts.Add(new UrlPart(url[hash..], "utm-url-fragment", "the page's #fragment"));
        }

        return parts;
    }
}
