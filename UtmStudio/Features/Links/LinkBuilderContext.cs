using UtmStudio.Features.Links.Conventions;
using UtmStudio.Features.Links.Templates;

namespace UtmStudio.Features.Links;

/// <summary>Everything the builder needs before the first keystroke, read once when it opens.</summary>
public sealed record LinkBuilderContext(
    Guid DomainId,
    string DomainName,
    LinkConventions Conventions,
    IReadOnlyList<BuilderCampaign> Campaigns,
    IReadOnlyList<LinkTemplateView> Templates,
    bool IsReadOnly);
