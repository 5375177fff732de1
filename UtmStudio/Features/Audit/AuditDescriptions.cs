using System.Text.Json;

namespace UtmStudio.Features.Audit;

/// <summary>An audit entry as people read it: what happened, and the particulars.</summary>
public sealed record AuditLine(string What, string? Details);

/// <summary>Turns recorded actions (<see cref="AuditActions"/>) and their JSON details into sentences.</summary>
public static class AuditDescriptions
{
    public const string System = "UtmStudio";

    public static string Who(AuditRow row) =>
        row.ActorEmail is null ? System
        : string.IsNullOrWhiteSpace(row.ActorName) ? row.ActorEmail
        : $"{row.ActorName} ({row.ActorEmail})";

    /// <param name="row">The entry.</param>
    /// <param name="people">Names of current members by user id, for entries that recorded only an id.</param>
    public static AuditLine Describe(AuditRow row, IReadOnlyDictionary<Guid, string>? people = null)
    {
        JsonElement details;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(row.Details) ? "{}" : row.Details);
            details = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new AuditLine(row.Action, row.Details);
        }

        string? Text(string name) =>
            details.ValueKind == JsonValueKind.Object && details.TryGetProperty(name, out var v)
                ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString()
                : null;

        var email = Text("email") ?? "someone";
        var person = Person(Text("member"), people) ?? Text("email") ?? "a former member";
        return row.Action switch
        {
            AuditActions.DomainCreated => new("Created the domain", null),
            AuditActions.DomainDeleted => new("Deleted the domain", null),
            AuditActions.DomainSettingsChanged => RedirectChange(details),
            AuditActions.MemberAdded => new($"Added {email} as {Role(Text("role"))}", null),
            AuditActions.MemberRemoved => new($"Removed {person} from the team", null),
            AuditActions.MemberLeft => new("Left the domain", null),
            AuditActions.MemberRoleChanged => new($"Made {person} {Role(Text("after"))}", $"Was {Role(Text("before"))}"),
            AuditActions.InvitationCreated => new($"Invited {email} as {Role(Text("role"))}", null),
            AuditActions.InvitationResent => new($"Sent the invitation for {email} again", null),
            AuditActions.InvitationRevoked => new($"Revoked the invitation for {email}", null),
            AuditActions.InvitationAccepted => new("Accepted an invitation and joined", Text("email")),
            AuditActions.AccessRequested => new("Asked to join the domain", null),
            AuditActions.AccessApproved => new($"Approved the access request of {email}", "Joined as a team member"),
            AuditActions.AccessDeclined => new($"Declined the access request of {email}", null),
            AuditActions.SubscriptionChanged =>
                new($"Changed the subscription from {Status(Text("before"))} to {Status(Text("after"))}", null),
            AuditActions.TrialExpired => new("The trial ended, so the domain became inactive (read-only)", null),
            _ => new(row.Action, details.ValueKind == JsonValueKind.Object && !details.EnumerateObject().Any() ? null : row.Details),
        };
    }

    private static string? Person(string? id, IReadOnlyDictionary<Guid, string>? people) =>
        Guid.TryParse(id, out var userId) && people is not null && people.TryGetValue(userId, out var name) ? name : null;

    private static string Role(string? role) => role switch
    {
        "manager" => "a manager",
        "team member" => "a team member",
        null => "a member",
        _ => role,
    };

    private static string Status(string? status) => status?.ToLowerInvariant() ?? "unknown";

    private static AuditLine RedirectChange(JsonElement details) =>
        details.ValueKind == JsonValueKind.Object && details.TryGetProperty("defaultRedirectType", out var change)
            && change.ValueKind == JsonValueKind.Object
            && change.TryGetProperty("before", out var before) && change.TryGetProperty("after", out var after)
            ? new("Changed the default redirect type of short links", $"{before} → {after}")
            : new("Changed the domain settings", null);
}
