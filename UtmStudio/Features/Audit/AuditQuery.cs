using UtmStudio.Data;
using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Audit;

/// <summary>The audit log's query pieces: one domain's entries with a checked filter, and their rows as pages show them.</summary>
internal static class AuditQuery
{
    public static IQueryable<AuditEntry> Filtered(AppDbContext db, Guid domainId, ValidFilter filter)
    {
        var entries = db.AuditLog.Where(a => a.DomainId == domainId);
        if (filter.Actions is { } actions)
        {
            entries = actions.Count == 1 ? entries.Where(a => a.Action == actions[0]) : entries.Where(a => actions.Contains(a.Action));
        }

        if (filter.SystemOnly)
        {
            entries = entries.Where(a => a.ActorUserId == null);
        }
        else if (filter.Actor is { } actor)
        {
            entries = entries.Where(a => a.ActorUserId == actor);
        }

        if (filter.From is { } from)
        {
            entries = entries.Where(a => a.CreatedAt >= from);
        }

        if (filter.Before is { } before)
        {
            entries = entries.Where(a => a.CreatedAt < before);
        }

        return entries;
    }

    /// <summary>The entries with their actor, in the log's order: one join, so the users policy is evaluated once per read.</summary>
    public static IQueryable<AuditRow> NewestFirst(AppDbContext db, IQueryable<AuditEntry> entries, int count) =>
        (from a in entries
         join u in db.Users on a.ActorUserId equals u.Id into actors
         from u in actors.DefaultIfEmpty()
         join k in db.ApiKeys on a.ActorApiKeyId equals k.Id into keys
         from k in keys.DefaultIfEmpty() // managers see the key's name; other members, that it was a key
         orderby a.CreatedAt descending, a.Id descending
         select new AuditRow(a.CreatedAt, a.Action, u == null ? null : u.Email, u == null ? null : u.DisplayName, a.Details, a.Id,
             a.ActorApiKeyId, k == null ? null : k.Name))
        .Take(count);
}
