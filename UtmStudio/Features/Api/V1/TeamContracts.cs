using UtmStudio.Data.Entities;
using UtmStudio.Features.Team;

namespace UtmStudio.Features.Api.V1;

/// <summary>A member of the domain.</summary>
/// <param name="Role">manager or team_member.</param>
public sealed record MemberResource(Guid UserId, string Email, string Name, MemberRole Role, DateTimeOffset? JoinedAt)
{
    public static MemberResource From(TeamMember m) => new(m.UserId, m.Email, m.Name, m.Role, m.JoinedAt);
}

/// <summary>An open invitation: the person joins when they sign in with this email and accept it.</summary>
/// <param name="Link">The invitation link, to send yourself if the email did not arrive.</param>
/// <param name="IsExpired">Past its expiry: inviting the address again replaces it.</param>
/// <param name="EmailSent">On create and resend: whether the invitation email went out (the invitation stands either way).</param>
public sealed record InvitationResource(
    Guid Id, string Email, MemberRole Role, string Link, DateTimeOffset ExpiresAt, DateTimeOffset LastSentAt, bool IsExpired, bool? EmailSent = null)
{
    public static InvitationResource From(PendingInvitation i, bool? emailSent = null) =>
        new(i.Id, i.Email, i.Role, i.Link, i.ExpiresAt, i.LastSentAt, i.IsExpired, emailSent);
}

/// <summary>Invite someone by email, as manager or team_member (the same answer whether or not they have an account).</summary>
public sealed record InvitationInput(string Email, MemberRole Role = MemberRole.TeamMember);

/// <summary>A member's new role.</summary>
public sealed record MemberRoleInput(MemberRole Role);
