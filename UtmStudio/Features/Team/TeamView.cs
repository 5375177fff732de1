using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Team;

public sealed record TeamMember(Guid UserId, string Email, string? DisplayName, MemberRole Role, DateTimeOffset? JoinedAt, bool IsYou)
{
    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? Email : DisplayName;
}

public sealed record PendingInvitation(
    Guid Id, string Email, MemberRole Role, string Link, DateTimeOffset ExpiresAt, DateTimeOffset LastSentAt, bool IsExpired);

/// <summary>An invitation its person declined recently: the address only, like a pending one.</summary>
public sealed record DeclinedInvitation(string Email, DateTimeOffset DeclinedAt);

public sealed record PendingAccessRequest(Guid Id, Guid UserId, string Email, string? DisplayName, DateTimeOffset? RequestedAt);

/// <summary>The team page: members for everyone; invitations (open, and declined in the last
/// <see cref="TeamService.DeclinedShownFor"/>) and access requests for managers only.</summary>
public sealed record TeamView(
    Guid DomainId,
    string DomainName,
    bool CanManage,
    bool IsReadOnly,
    IReadOnlyList<TeamMember> Members,
    IReadOnlyList<PendingInvitation> Invitations,
    IReadOnlyList<DeclinedInvitation> DeclinedInvitations,
    IReadOnlyList<PendingAccessRequest> AccessRequests);

/// <summary>What adding a person by email did: always an invitation (rule 5), whoever the address is.</summary>
public abstract record AddMemberResult
{
    private AddMemberResult()
    {
    }

    /// <summary>An invitation was created; <see cref="EmailSent"/> is false when sending failed (the invitation
    /// stands, and its link can be copied).</summary>
    public sealed record Invited(string Email, string Link, DateTimeOffset ExpiresAt, bool EmailSent = true) : AddMemberResult;
}
