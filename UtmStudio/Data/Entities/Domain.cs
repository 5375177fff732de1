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

    /// <summary>Whether the query parameters of a short-link visit (gclid, fbclid …) are passed on to the landing page.</summary>
    public bool ForwardQueryParameters { get; set; } = true;

    /// <summary>Whether forwarded utm_* parameters replace the link's own; off by default, so a link's
    /// tracking cannot be rewritten by whoever shares it.</summary>
    public bool QueryOverridesUtm { get; set; }

    /// <summary>When ownership was shown (verified email at the domain, DNS TXT record, or an operator); null
    /// while unverified. Unverified domains plan and build links, but their short links do not redirect.</summary>
    public DateTimeOffset? VerifiedAt { get; set; }

    public DomainVerificationMethod? VerificationMethod { get; set; }

    /// <summary>The value of the DNS TXT record that proves ownership (utmstudio-verification=&lt;token&gt;).</summary>
    public string VerificationToken { get; set; } = NewVerificationToken();

    /// <summary>When the DNS record was last looked up, on demand or by the background check.</summary>
    public DateTimeOffset? VerificationCheckedAt { get; set; }

    public bool IsVerified => VerifiedAt is not null;

    /// <summary>The team's UTM conventions as JSON (Features/Links/Conventions reads and writes it); {} is none.</summary>
    public string LinkConventions { get; set; } = "{}";

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public uint Version { get; set; }

    public static string NewVerificationToken() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
