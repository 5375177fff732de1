namespace UtmStudio.Features.Audit;

/// <summary>Turns recorded entries into sentences, through the event types that features define.</summary>
public static class AuditDescriptions
{
    public const string System = "UtmStudio";

    public static string Who(AuditRow row) => row.ApiKeyId is null ? Person(row)
        : row.ApiKeyName is null ? $"{Person(row)} through an API key"
        : $"{Person(row)} through the API key {row.ApiKeyName}";

    private static string Person(AuditRow row) =>
        row.ActorEmail is null ? System
        : string.IsNullOrWhiteSpace(row.ActorName) ? row.ActorEmail
        : $"{row.ActorName} ({row.ActorEmail})";

    /// <param name="row">The entry.</param>
    /// <param name="people">Names of current members by user id, for entries that recorded a person.</param>
    public static AuditLine Describe(AuditRow row, IReadOnlyDictionary<Guid, string>? people = null) =>
        AuditEventCatalog.Read(row.Action, row.Details)?.Describe(new AuditPeople(people))
        ?? new AuditLine(row.Action, string.IsNullOrWhiteSpace(row.Details) || row.Details.Trim() == "{}" ? null : row.Details);
}
