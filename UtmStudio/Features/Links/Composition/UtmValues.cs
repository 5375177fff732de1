namespace UtmStudio.Features.Links.Composition;

/// <summary>
/// The UTM parameters of one link, in the order they are written into the URL. Source, medium and campaign are
/// required; the rest are optional (utm_id and the three GA4 parameters: source platform, creative format,
/// marketing tactic).
/// </summary>
public sealed record UtmValues(
    string Source,
    string Medium,
    string Campaign,
    string? Content = null,
    string? Term = null,
    string? Id = null,
    string? SourcePlatform = null,
    string? CreativeFormat = null,
    string? MarketingTactic = null)
{
    /// <summary>Every parameter with its name, in URL order (empty optional ones included, as null).</summary>
    public IEnumerable<(string Name, string? Value)> Parameters()
    {
        yield return ("utm_source", Source);
        yield return ("utm_medium", Medium);
        yield return ("utm_campaign", Campaign);
        yield return ("utm_content", Content);
        yield return ("utm_term", Term);
        yield return ("utm_id", Id);
        yield return ("utm_source_platform", SourcePlatform);
        yield return ("utm_creative_format", CreativeFormat);
        yield return ("utm_marketing_tactic", MarketingTactic);
    }
}
