using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Templates;

namespace UtmStudio.Features.Api.V1;

/// <summary>A UTM template of the domain: builder fields saved under a name, as typed (conventions apply when a link is built).</summary>
public sealed record TemplateResource(
    Guid Id, string Name, string? LandingUrl, string? UtmSource, string? UtmMedium, string? UtmContent, string? UtmTerm,
    string? UtmSourcePlatform, string? UtmCreativeFormat, string? UtmMarketingTactic)
{
    public static TemplateResource From(LinkTemplateView t) =>
        new(t.Id, t.Name, t.LandingUrl, t.Source, t.Medium, t.Content, t.Term, t.SourcePlatform, t.CreativeFormat, t.MarketingTactic);
}

/// <summary>A template to save: a name (1 to 100 characters) and the fields it fills in; empty fields are left out.</summary>
/// <param name="Replace">When the domain has a template of this name (ignoring case): true replaces it, as the builder
/// does once asked; false (the default) answers 409 link.template_name_taken with that template in <c>existing</c>.</param>
public sealed record TemplateInput(
    string? Name, string? LandingUrl = null, string? UtmSource = null, string? UtmMedium = null, string? UtmContent = null,
    string? UtmTerm = null, string? UtmSourcePlatform = null, string? UtmCreativeFormat = null, string? UtmMarketingTactic = null,
    bool Replace = false)
{
    /// <summary>The builder's fields (a template belongs to no campaign).</summary>
    public LinkDraft ToFields() => new(Guid.Empty, LandingUrl, UtmSource, UtmMedium, UtmContent, UtmTerm, UtmSourcePlatform, UtmCreativeFormat,
        UtmMarketingTactic);
}
