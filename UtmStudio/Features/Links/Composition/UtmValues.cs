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
    /// <summary>The parameters a link must have.</summary>
    public static readonly IReadOnlyList<string> Required = ["utm_source", "utm_medium", "utm_campaign"];

    /// <summary>Every UTM parameter we write, in URL order.</summary>
    public static readonly IReadOnlyList<string> Names =
        [.. Required, "utm_content", "utm_term", "utm_id", "utm_source_platform", "utm_creative_format", "utm_marketing_tactic"];

    /// <summary>Every parameter with its name, in URL order (empty optional ones included, as null).</summary>
    public IEnumerable<(string Name, string? Value)> Parameters() =>
        Names.Zip<string, string?>([Source, Medium, Campaign, Content, Term, Id, SourcePlatform, CreativeFormat, MarketingTactic]);
}
