using UtmStudio.Features.Links.Channels;
using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Features.Links;

/// <summary>One link as its page, the builder and the lists show it.</summary>
public sealed record LinkDetails(
    Guid Id,
    Guid CampaignId,
    string CampaignName,
    string LandingUrl,
    UtmValues Values,
    string FullUrl,
    string ShortCode,
    string? Label,
    IReadOnlyList<string> Tags,
    Ga4Channel Channel,
    Guid CreatedBy,
    string CreatorName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version,
    bool CanDelete,
    bool IsReadOnly)
{
    public LinkDraft ToDraft() => new(
        CampaignId, LandingUrl, Values.Source, Values.Medium, Values.Content, Values.Term, Values.SourcePlatform,
        Values.CreativeFormat, Values.MarketingTactic, Label, Tags);
}

/// <summary>What a save gave: the link saved, or — rule 7 — the link that already has exactly this URL.</summary>
public sealed record LinkSaveResult(LinkDetails Link, bool IsDuplicate);

/// <summary>A campaign the builder can put a link under, with what it prefills.</summary>
public sealed record BuilderCampaign(Guid Id, string Name, string UtmCampaign, string? UtmId, string Source, Data.Entities.CampaignStatus Status)
{
    public CampaignUtm Utm => new(Id, Name, UtmCampaign, UtmId);
}
