namespace UtmStudio.Data.Entities;

/// <summary>A marketing campaign of a domain; its links carry the UTM parameters.</summary>
public sealed class Campaign
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Source { get; set; }

    public required string Objective { get; set; }

    /// <summary>Structured targeting (locations, languages, devices …) as a JSON document (jsonb).</summary>
    public string TargetingCriteria { get; set; } = "{}";

    public CampaignStatus Status { get; set; } = CampaignStatus.Active;

    /// <summary>What the campaign is for, in the team's words (optional).</summary>
    public string? Description { get; set; }

    /// <summary>Planned first and last day (optional; the end is never before the start).</summary>
    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    /// <summary>The campaign's utm_campaign value: every link of the campaign carries it, unique in the domain.</summary>
    public required string UtmCampaign { get; set; }

    /// <summary>GA4's campaign ID (utm_id) for cost-data import; optional, unique in the domain.</summary>
    public string? UtmId { get; set; }

    public Guid DomainId { get; set; }

    public Domain? Domain { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public uint Version { get; set; }
}
