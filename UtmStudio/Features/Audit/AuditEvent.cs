namespace UtmStudio.Features.Audit;

/// <summary>
/// One kind of event in the audit trail, defined by the feature it belongs to. The record's properties are
/// its details (stored as a JSON object); <see cref="Action"/> is its stable name (pages and exports filter
/// on it); <see cref="IAuditEvent.Describe"/> says what happened, in a sentence. Adding an event is adding a record:
/// nothing central changes (<see cref="AuditEventCatalog"/> finds every implementation).
/// </summary>
public interface IAuditEvent<TSelf> : IAuditEvent
    where TSelf : IAuditEvent<TSelf>
{
    static abstract string Action { get; }
}

/// <summary>What every audit event can do, without knowing its type.</summary>
public interface IAuditEvent
{
    AuditLine Describe(AuditPeople people);
}

/// <summary>An audit entry as people read it: what happened, and the particulars.</summary>
public sealed record AuditLine(string What, string? Details = null);
