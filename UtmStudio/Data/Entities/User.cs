namespace UtmStudio.Data.Entities;

/// <summary>
/// A person who signed in. Keyed for sign-in by the identity provider's issuer + subject (never by email:
/// an email can change at the provider); the email is kept current on every sign-in.
/// </summary>
public sealed class User
{
    public Guid Id { get; set; }

    public required string Email { get; set; }

    /// <summary>The brief's users.role: 'manager' once the user manages a domain, else 'team_member'.</summary>
    public MemberRole Role { get; set; } = MemberRole.TeamMember;

    public required string IdentityIssuer { get; set; }

    public required string IdentitySubject { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>The domain this user signed up with (rule 3); it cannot be deleted while they have it.</summary>
    public Guid? SignupDomainId { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>PostgreSQL's xmin, for optimistic concurrency.</summary>
    public uint Version { get; set; }
}
