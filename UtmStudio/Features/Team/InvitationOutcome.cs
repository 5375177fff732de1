using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Team;

/// <summary>An open invitation waiting for the signed-in user: who asks them to join which domain, as what.</summary>
public sealed record MyInvitation(string Token, string DomainName, MemberRole Role, string? InvitedBy, DateTimeOffset ExpiresAt);

/// <summary>What an invitation link (or an answer to it) comes to for the signed-in user.</summary>
public abstract record InvitationOutcome
{
    private InvitationOutcome()
    {
    }

    /// <summary>Open and for this user: they may accept or decline it (nothing has changed yet).</summary>
    public sealed record Offered(MyInvitation Invitation) : InvitationOutcome;

    /// <summary>The user is a member of the domain (just now, or already).</summary>
    public sealed record Joined(string DomainName, MemberRole Role) : InvitationOutcome;

    /// <summary>The user said no; the invitation is closed.</summary>
    public sealed record Declined(string DomainName) : InvitationOutcome;

    /// <summary>The link is for another email; <see cref="MaskedEmail"/> says which, partly.</summary>
    public sealed record OtherEmail(string MaskedEmail) : InvitationOutcome;

    public sealed record Unusable(string Reason) : InvitationOutcome;
}
