namespace UtmStudio.Features.Audit;

/// <summary>Names of the domain's current members, for events that recorded a person's id and email.</summary>
public sealed class AuditPeople(IReadOnlyDictionary<Guid, string>? names = null)
{
    public static readonly AuditPeople None = new();

    /// <summary>The member's current name, else the email recorded with the event, else a neutral phrase.</summary>
    public string Name(Guid? userId, string? recordedEmail) =>
        userId is { } id && names is not null && names.TryGetValue(id, out var name) ? name
        : recordedEmail ?? "a former member";

    public static string Role(string? role) => role switch
    {
        "manager" => "a manager",
        "team member" => "a team member",
        null => "a member",
        _ => role,
    };
}
