using UtmStudio.Features.Audit;

namespace UtmStudio.Features.Team;

public sealed record InvitationCreated(string? Email, string? Role) : IAuditEvent<InvitationCreated>
{
    public static string Action => "invitation.created";

    public AuditLine Describe(AuditPeople people) => new($"Invited {Email ?? "someone"} as {AuditPeople.Role(Role)}");
}

public sealed record InvitationResent(string? Email) : IAuditEvent<InvitationResent>
{
    public static string Action => "invitation.resent";

    public AuditLine Describe(AuditPeople people) => new($"Sent the invitation for {Email ?? "someone"} again");
}

public sealed record InvitationRevoked(string? Email) : IAuditEvent<InvitationRevoked>
{
    public static string Action => "invitation.revoked";

    public AuditLine Describe(AuditPeople people) => new($"Revoked the invitation for {Email ?? "someone"}");
}

public sealed record InvitationAccepted(string? Email) : IAuditEvent<InvitationAccepted>
{
    public static string Action => "invitation.accepted";

    public AuditLine Describe(AuditPeople people) => new("Accepted an invitation and joined", Email);
}

public sealed record InvitationDeclined(string? Email) : IAuditEvent<InvitationDeclined>
{
    public static string Action => "invitation.declined";

    public AuditLine Describe(AuditPeople people) => new("Declined an invitation", Email);
}
