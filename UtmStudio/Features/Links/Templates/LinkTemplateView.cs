namespace UtmStudio.Features.Links.Templates;

/// <summary>A saved set of builder fields. Empty fields leave the builder's own value alone when applied.</summary>
public sealed record LinkTemplateView(
    Guid Id,
    string Name,
    string? LandingUrl,
    string? Source,
    string? Medium,
    string? Content,
    string? Term,
    string? SourcePlatform,
    string? CreativeFormat,
    string? MarketingTactic);
