namespace UtmStudio.Features.Links;

/// <summary>
/// What a person types into the builder for one link. utm_campaign and utm_id are not here: they belong to the
/// campaign (every link of a campaign uses its one spelling), so the builder takes them from it.
/// </summary>
public sealed record LinkDraft(
    Guid CampaignId,
    string? LandingUrl,
    string? Source,
    string? Medium,
    string? Content = null,
    string? Term = null,
    string? SourcePlatform = null,
    string? CreativeFormat = null,
    string? MarketingTactic = null,
    string? Label = null,
    IReadOnlyList<string>? Tags = null);

/// <summary>The campaign's part of every link: its utm_campaign and optional utm_id.</summary>
public sealed record CampaignUtm(Guid Id, string Name, string UtmCampaign, string? UtmId);
