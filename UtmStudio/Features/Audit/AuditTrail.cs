using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;

namespace UtmStudio.Features.Audit;

/// <summary>
/// Records an event through the database's app_record_audit (Data/Sql/02_functions.sql): the actor comes
/// from the connection's caller, the time and the domain's name from the database. It runs at once, inside
/// the transaction of the change it describes, so the two are saved or lost together.
/// </summary>
public static class AuditTrail
{
    public static async Task RecordAsync<TEvent>(
        this AppDbContext db, Guid domainId, TEvent auditEvent, CancellationToken cancellationToken)
        where TEvent : IAuditEvent<TEvent>
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit entries are recorded inside the transaction of the change they describe.");
        }

        var action = TEvent.Action;
        var details = AuditEventCatalog.ToJson(auditEvent);
        await db.Database.ExecuteSqlAsync($"SELECT app_record_audit({domainId}, {action}, {details}::jsonb)", cancellationToken);
    }
}
