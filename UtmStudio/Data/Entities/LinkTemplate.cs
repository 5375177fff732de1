namespace UtmStudio.Data.Entities;

/// <summary>A named set of builder fields a team reuses ("Newsletter", "LinkedIn ad"); any member applies it.</summary>
public sealed class LinkTemplate
{
    public Guid Id { get; set; }

    public Guid DomainId { get; set; }

    public required string Name { get; set; }

    public string? LandingUrl { get; set; }

    public string? UtmSource { get; set; }

    public string? UtmMedium { get; set; }

    public string? UtmContent { get; set; }

    public string? UtmTerm { get; set; }

    public string? UtmSourcePlatform { get; set; }

    public string? UtmCreativeFormat { get; set; }

    public string? UtmMarketingTactic { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public uint Version { get; set; }
}
