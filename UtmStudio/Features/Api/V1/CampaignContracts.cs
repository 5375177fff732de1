using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Campaigns.Targeting;

namespace UtmStudio.Features.Api.V1;

/// <summary>A campaign of the key's domain.</summary>
/// <param name="UtmCampaign">The utm_campaign value every link of the campaign uses.</param>
/// <param name="UtmId">GA4's campaign ID (utm_id), when set.</param>
/// <param name="ETag">The version to send back in If-Match when changing it (also the ETag header).</param>
public sealed record CampaignResource(
    Guid Id, string Name, string Source, string Objective, string? Description, CampaignStatus Status, DateOnly? StartsOn, DateOnly? EndsOn,
    string UtmCampaign, string? UtmId, TargetingResource Targeting, Guid CreatedBy, string CreatorName, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, int LinkCount, string ETag)
{
    public static CampaignResource From(CampaignDetails c) => new(
        c.Id, c.Name, c.Source, c.Objective, c.Description, c.Status, c.StartsOn, c.EndsOn, c.UtmCampaign, c.UtmId,
        TargetingResource.From(c.Targeting), c.CreatedBy, c.CreatorName, c.CreatedAt, c.UpdatedAt, c.LinkCount, ApiVersions.ETagOf(c.Version));
}

/// <summary>A campaign in a list.</summary>
public sealed record CampaignSummary(
    Guid Id, string Name, string Source, string Objective, CampaignStatus Status, string UtmCampaign, DateOnly? StartsOn, DateOnly? EndsOn,
    Guid CreatedBy, string CreatorName, DateTimeOffset CreatedAt, int LinkCount, string ETag)
{
    public static CampaignSummary From(CampaignCard c) => new(
        c.Id, c.Name, c.Source, c.Objective, c.Status, c.UtmCampaign, c.StartsOn, c.EndsOn, c.CreatedBy, c.CreatorName, c.CreatedAt, c.LinkCount,
        ApiVersions.ETagOf(c.Version));
}

/// <summary>Whom a campaign is meant for (docs/targeting.md); every part optional, empty means no restriction.</summary>
/// <param name="Locations">ISO 3166-1 country codes, optionally with a region ("US", "US-CA").</param>
/// <param name="Languages">ISO 639-1 language codes.</param>
/// <param name="Devices">desktop, mobile, tablet.</param>
public sealed record TargetingResource(
    IReadOnlyList<string>? Locations = null, IReadOnlyList<string>? Languages = null, AgeRange? AgeRange = null,
    IReadOnlyList<string>? Audiences = null, IReadOnlyList<string>? Devices = null, IReadOnlyDictionary<string, string>? Custom = null)
{
    public static TargetingResource From(TargetingCriteria t) => new(t.Locations, t.Languages, t.AgeRange, t.Audiences, t.Devices, t.Custom);

    public TargetingCriteria ToCriteria() =>
        new(Locations ?? [], Languages ?? [], AgeRange, Audiences ?? [], Devices ?? [], Custom ?? new Dictionary<string, string>());
}

/// <summary>A new campaign, or every editable field of one (PUT replaces them all).</summary>
/// <param name="UtmCampaign">Optional on create: derived from the name ("Spring Sale" → spring_sale).</param>
/// <param name="LinksOnUtmCampaignChange">On update, when utm_campaign changes and the campaign has links: keep_old (links
/// keep theirs) or update (links take the new one). Unset: the change is refused with campaign.utm_campaign_has_links.</param>
public sealed record CampaignInput(
    string Name, string Source, string Objective, string? Description = null, DateOnly? StartsOn = null, DateOnly? EndsOn = null,
    string? UtmCampaign = null, string? UtmId = null, TargetingResource? Targeting = null, LinksOnUtmCampaignChange? LinksOnUtmCampaignChange = null)
{
    public CampaignDraft ToDraft() => new(
        Name ?? "", Source ?? "", Objective ?? "", Description, StartsOn, EndsOn,
        string.IsNullOrWhiteSpace(UtmCampaign) ? UtmCampaignValue.Derive(Name ?? "") : UtmCampaign, UtmId,
        (Targeting ?? new TargetingResource()).ToCriteria());
}

/// <summary>Moves a campaign to active, paused or completed.</summary>
public sealed record CampaignStatusInput(CampaignStatus Status);
