namespace UtmStudio.Data.Entities;

/// <summary>
/// Who did what, when, in a domain. Keeps the domain's id and name but no foreign key, so the record of a
/// deleted domain outlives it.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public Guid DomainId { get; set; }

    public required string DomainName { get; set; }

    /// <summary>The person who acted: a signed-in user, or the creator of the API key that acted.</summary>
    public Guid? ActorUserId { get; set; }

    /// <summary>The API key that acted, when it was one (the REST API).</summary>
    public Guid? ActorApiKeyId { get; set; }

    public required string Action { get; set; }

    /// <summary>A short JSON object with what changed (jsonb).</summary>
    public string Details { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }
}
