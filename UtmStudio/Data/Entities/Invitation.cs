namespace UtmStudio.Data.Entities;

/// <summary>
/// An invitation to join a domain, for an email that has no UtmStudio account yet. It is accepted by
/// signing in with that (provider-verified) email, or by opening its link while signed in with it.
/// </summary>
public sealed class Invitation
{
    public Guid Id { get; set; }

    public Guid DomainId { get; set; }

    public Domain? Domain { get; set; }

    public required string Email { get; set; }

    public MemberRole Role { get; set; } = MemberRole.TeamMember;

    /// <summary>The random part of the invitation link. Not a credential: accepting also needs the email.</summary>
    public required string Token { get; set; }

    public Guid InvitedBy { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset LastSentAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public Guid? AcceptedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The invited person said no; the invitation is closed.</summary>
    public DateTimeOffset? DeclinedAt { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public uint Version { get; set; }

    public bool IsOpen => AcceptedAt is null && RevokedAt is null && DeclinedAt is null;
}
