using UtmStudio.Features.Team;

namespace UtmStudio.Features.Api.V1;

/// <summary>Someone who asked to join the domain (they signed up with its name) and waits for a manager's answer.</summary>
/// <param name="UserId">Their account: once approved, the member's userId.</param>
/// <param name="Name">Their display name, when they gave one.</param>
public sealed record AccessRequestResource(Guid Id, Guid UserId, string Email, string? Name, DateTimeOffset? RequestedAt)
{
    public static AccessRequestResource From(PendingAccessRequest r) => new(r.Id, r.UserId, r.Email, r.DisplayName, r.RequestedAt);
}
