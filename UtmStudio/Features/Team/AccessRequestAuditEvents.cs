using UtmStudio.Features.Audit;

namespace UtmStudio.Features.Team;

public sealed record AccessRequested(Guid? Requester) : IAuditEvent<AccessRequested>
{
    public static string Action => "access_request.created";

    public AuditLine Describe(AuditPeople people) => new("Asked to join the domain");
}

public sealed record AccessWithdrawn(Guid? Requester) : IAuditEvent<AccessWithdrawn>
{
    public static string Action => "access_request.withdrawn";

    public AuditLine Describe(AuditPeople people) => new("Withdrew their request to join");
}

public sealed record AccessApproved(Guid? Requester, string? Email) : IAuditEvent<AccessApproved>
{
    public static string Action => "access_request.approved";

    public AuditLine Describe(AuditPeople people) =>
        new($"Approved the access request of {Email ?? "someone"}", "Joined as a team member");
}

public sealed record AccessDeclined(Guid? Requester, string? Email) : IAuditEvent<AccessDeclined>
{
    public static string Action => "access_request.declined";

    public AuditLine Describe(AuditPeople people) => new($"Declined the access request of {Email ?? "someone"}");
}
