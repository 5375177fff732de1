using UtmStudio.Features.Audit;

namespace UtmStudio.Features.Team;

/// <summary>Recorded before every addition became an invitation; kept so older entries still read well.</summary>
public sealed record MemberAdded(Guid? Member, string? Email, string? Role) : IAuditEvent<MemberAdded>
{
    public static string Action => "member.added";

    public AuditLine Describe(AuditPeople people) => new($"Added {Email ?? "someone"} as {AuditPeople.Role(Role)}");
}

public sealed record MemberRemoved(Guid? Member, string? Email) : IAuditEvent<MemberRemoved>
{
    public static string Action => "member.removed";

    public AuditLine Describe(AuditPeople people) => new($"Removed {people.Name(Member, Email)} from the team");
}

public sealed record MemberLeft(Guid? Member) : IAuditEvent<MemberLeft>
{
    public static string Action => "member.left";

    public AuditLine Describe(AuditPeople people) => new("Left the domain");
}

public sealed record MemberRoleChanged(Guid? Member, string? Email, string? Before, string? After) : IAuditEvent<MemberRoleChanged>
{
    public static string Action => "member.role_changed";

    public AuditLine Describe(AuditPeople people) =>
        new($"Made {people.Name(Member, Email)} {AuditPeople.Role(After)}", $"Was {AuditPeople.Role(Before)}");
}
