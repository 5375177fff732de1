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

    public Guid DomainId { get; set; }

    public Domain? Domain { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public uint Version { get; set; }
}
