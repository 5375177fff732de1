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

    /// <summary>GA4's utm_id, copied from the campaign when the link is built.</summary>
    public string? UtmId { get; set; }

    public string? UtmSourcePlatform { get; set; }

    public string? UtmCreativeFormat { get; set; }

    public string? UtmMarketingTactic { get; set; }

    /// <summary>The page the link leads to, as typed, without utm_* parameters; the full URL is built from it.</summary>
    public required string LandingUrl { get; set; }

    public required string FullUrl { get; set; }

    /// <summary>The code of the link's short link (/l/{code}): random, unique across all domains.</summary>
    public required string ShortCode { get; set; }

    public string? Label { get; set; }

    public string[] Tags { get; set; } = [];

    /// <summary>The Google Analytics 4 default channel the link's values land in, kept for filtering and lists.</summary>
    public required string Ga4Channel { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public uint Version { get; set; }
}
