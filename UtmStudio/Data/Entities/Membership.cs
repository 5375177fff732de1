namespace UtmStudio.Data.Entities;

/// <summary>A row of the brief's <c>teams</c> table: one user's role in one domain.</summary>
public sealed class Membership
{
    public Guid Id { get; set; }

    public Guid DomainId { get; set; }

    public Domain? Domain { get; set; }

    public Guid UserId { get; set; }

    public User? User { get; set; }

    public MemberRole Role { get; set; } = MemberRole.TeamMember;

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public uint Version { get; set; }
}
