namespace UtmStudio.Features.Links.Composition;

/// <summary>
/// An address cut at its first "?" and first "#", without decoding or re-encoding anything: what comes before
/// the query, the query's parameters (the non-empty pieces between "&amp;", each as typed) and the #fragment.
/// A "?" or "&amp;" inside the fragment belongs to the fragment, as in browsers.
/// </summary>
internal sealed record QueryParts(string BeforeQuery, IReadOnlyList<string> Parameters, string Fragment)
{
    public static QueryParts Split(string url)
    {
        var fragmentStart = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = fragmentStart >= 0 ? url[fragmentStart..] : "";
        var withoutFragment = fragmentStart >= 0 ? url[..fragmentStart] : url;
        var queryStart = withoutFragment.IndexOf('?', StringComparison.Ordinal);
        var beforeQuery = queryStart >= 0 ? withoutFragment[..queryStart] : withoutFragment;
        var query = queryStart >= 0 ? withoutFragment[(queryStart + 1)..] : "";

        // Empty pieces ("?&&x") mean nothing to a URL parser, so they are not kept.
        return new QueryParts(beforeQuery, query.Split('&', StringSplitOptions.RemoveEmptyEntries), fragment);
    }

    /// <summary>A parameter's name as a URL parser reads it: "utm%5Fsource" and "utm+x" are "utm_source" and "utm x".</summary>
    public static string NameOf(string parameter) => FormUrlEncoding.Decode(parameter.Split('=', 2)[0]);

    /// <summary>utm_source, UTM_Source, utm%5Fsource, utm_whatever: the name as a URL parser reads it decides.</summary>
    public static bool IsUtm(string parameter) => NameOf(parameter).StartsWith("utm_", StringComparison.OrdinalIgnoreCase);

    /// <summary>The address again with only the given parameters, and no "?" when there are none.</summary>
    public string With(IEnumerable<string> parameters)
    {
        var query = string.Join('&', parameters);
        return BeforeQuery + (query.Length > 0 ? "?" + query : "") + Fragment;
    }
}
