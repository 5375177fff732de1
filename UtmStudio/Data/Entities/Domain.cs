namespace UtmStudio.Data.Entities;

/// <summary>A company's website domain: the tenant that owns teams, campaigns and links.</summary>
public sealed class Domain
{
    public Guid Id { get; set; }

    public required string DomainName { get; set; }

    public Guid ManagerId { get; set; }

    public User? Manager { get; set; }

    public SubscriptionStatus SubscriptionStatus { get; set; } = SubscriptionStatus.Trial;

    /// <summary>When a trial turns inactive; null once the domain is paid for.</summary>
    public DateTimeOffset? TrialEndsAt { get; set; }

    /// <summary>HTTP status of short-link redirects: 302 by default, 301 for permanent links.</summary>
    public int DefaultRedirectType { get; set; } = 302;

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public uint Version { get; set; }
}
