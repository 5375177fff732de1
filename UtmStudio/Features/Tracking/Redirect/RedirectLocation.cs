using System.Text;

namespace UtmStudio.Features.Tracking.Redirect;

/// <summary>
/// Where a visit goes: the link's full URL, plus the query parameters the visitor's short link carried (an ad
/// platform's gclid or fbclid, say) when the domain forwards them. Parameters the full URL already has win — its
/// utm_* too, unless the domain lets forwarded utm_* replace them. Forwarded parameters are passed on exactly as
/// they arrived (not decoded and re-encoded) and go before the full URL's #fragment.
/// </summary>
public static class RedirectLocation
{
    public static string For(ShortLinkTarget target, string? requestQuery)
    {
        if (!target.ForwardQueryParameters || string.IsNullOrEmpty(requestQuery) || requestQuery == "?")
        {
            return target.FullUrl;
        }

        var url = target.FullUrl;
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? string.Empty : url[hash..];
        var beforeFragment = hash < 0 ? url : url[..hash];
        var questionMark = beforeFragment.IndexOf('?', StringComparison.Ordinal);
        var path = questionMark < 0 ? beforeFragment : beforeFragment[..questionMark];
        var ownQuery = questionMark < 0 ? string.Empty : beforeFragment[(questionMark + 1)..];

        var own = Pairs(ownQuery).ToList();
        var ownNames = own.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var forwarded = Pairs(requestQuery.TrimStart('?')).Where(p => p.Name.Length > 0).ToList();
        var overriding = target.QueryOverridesUtm
            ? forwarded.Where(p => IsUtm(p.Name) && ownNames.Contains(p.Name)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
            : [];

        var kept = own.Where(p => !overriding.Contains(p.Name)).Select(p => p.Raw);
        var added = forwarded.Where(p => overriding.Contains(p.Name) || !ownNames.Contains(p.Name)).Select(p => p.Raw);
        var query = string.Join('&', kept.Concat(added));
        return new StringBuilder(path.Length + query.Length + fragment.Length + 1)
            .Append(path).Append(query.Length > 0 ? "?" : string.Empty).Append(query).Append(fragment).ToString();
    }

    private static bool IsUtm(string name) => name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase);

    /// <summary>The query's name=value pieces, each with its decoded name (for comparing) and its raw text (for passing on).</summary>
    private static IEnumerable<(string Name, string Raw)> Pairs(string query)
    {
        foreach (var raw in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = raw.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? raw : raw[..equals];
            yield return (Uri.UnescapeDataString(name.Replace('+', ' ')), raw);
        }
    }
}
