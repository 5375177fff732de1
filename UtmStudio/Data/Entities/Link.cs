namespace UtmStudio.Data.Entities;

/// <summary>A UTM-tagged link of a campaign.</summary>
public sealed class Link
{
    public Guid Id { get; set; }

    public Guid CampaignId { get; set; }

    public Campaign? Campaign { get; set; }

    /// <summary>The campaign's domain, repeated so row security and tenant queries need no join.</summary>
    public Guid DomainId { get; set; }

    public required string UtmSource { get; set; }

    public required string UtmMedium { get; set; }

    public required string UtmCampaign { get; set; }

    public string? UtmContent { get; set; }

    public string? UtmTerm { get; set; }

    public required string FullUrl { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public uint Version { get; set; }
}
