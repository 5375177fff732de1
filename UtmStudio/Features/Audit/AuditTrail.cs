using System.Text.Json;
using UtmStudio.Data;
using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Audit;

/// <summary>Adds an audit entry to the caller's unit of work, so it is saved with the change it records.</summary>
public static class AuditTrail
{
    public static void Record(this AppDbContext db, Domain domain, Guid? actorUserId, string action, object? details = null) =>
        db.Record(domain.Id, domain.DomainName, actorUserId, action, details);

    public static void Record(
        this AppDbContext db, Guid domainId, string domainName, Guid? actorUserId, string action, object? details = null) =>
        db.AuditLog.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            CreatedAt = DateTimeOffset.UtcNow,
            DomainId = domainId,
            DomainName = domainName,
            ActorUserId = actorUserId,
            Action = action,
            Details = JsonSerializer.Serialize(details ?? new { }, JsonSerializerOptions.Web),
        });
}
