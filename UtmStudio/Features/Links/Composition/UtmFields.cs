namespace UtmStudio.Features.Links.Composition;

/// <summary>
/// The UTM values read from a pasted link, each as a URL parser reads it (decoded, not trimmed); null when the
/// link doesn't have the parameter, "" when it has it with no value.
/// </summary>
public sealed record UtmFields(
    string? Source,
    string? Medium,
    string? Campaign,
    string? Content,
    string? Term,
    string? Id,
    string? SourcePlatform,
    string? CreativeFormat,
    string? MarketingTactic)
{
    public static readonly UtmFields None = new(null, null, null, null, null, null, null, null, null);

    /// <summary>The fields by parameter name (utm_source…); names that are not in <see cref="UtmValues.Names"/> are ignored.</summary>
    internal static UtmFields From(IReadOnlyDictionary<string, string> byName) => new(
        byName.GetValueOrDefault("utm_source"),
        byName.GetValueOrDefault("utm_medium"),
        byName.GetValueOrDefault("utm_campaign"),
        byName.GetValueOrDefault("utm_content"),
        byName.GetValueOrDefault("utm_term"),
        byName.GetValueOrDefault("utm_id"),
        byName.GetValueOrDefault("utm_source_platform"),
        byName.GetValueOrDefault("utm_creative_format"),
        byName.GetValueOrDefault("utm_marketing_tactic"));

    /// <summary>The values to compose a link with; a missing required value is "" (the composer then asks for it).</summary>
    public UtmValues ToValues() =>
        new(Source ?? "", Medium ?? "", Campaign ?? "", Content, Term, Id, SourcePlatform, CreativeFormat, MarketingTactic);
}
