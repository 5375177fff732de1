using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Audit;

public sealed record AuditRow(
    DateTimeOffset CreatedAt, string Action, string? ActorEmail, string? ActorName, string Details, Guid Id = default, Guid? ApiKeyId = null,
    string? ApiKeyName = null);

/// <summary>One page of the log, newest first; <see cref="Older"/> reads the next page, null on the last one.
/// <see cref="LogIsEmpty"/> tells "nothing recorded yet" from "nothing matches the filter".</summary>
public sealed record AuditListing(IReadOnlyList<AuditRow> Entries, string? Older, bool LogIsEmpty);

/// <summary>A member as the log's filter offers them.</summary>
public sealed record AuditPerson(Guid UserId, string Email, string? DisplayName)
{
    public string Label => string.IsNullOrWhiteSpace(DisplayName) || DisplayName == Email ? Email : $"{DisplayName} ({Email})";
}

/// <summary>A domain's audit log for its managers: filtered on the whole log, read in keyset pages (no OFFSET).</summary>
public sealed class AuditService(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int PageSize = 50;

    /// <param name="older">The <see cref="AuditListing.Older"/> of the previous page; null for the newest entries.</param>
    public async Task<AuditListing> ListAsync(
        Caller caller, string domainName, AuditFilter filter, string? older, CancellationToken cancellationToken)
    {
        var after = string.IsNullOrEmpty(older) ? (AuditCursor?)null : AuditCursor.Decode(older);
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var domainId = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("see the audit log").Domain.Id;
        var entries = AuditQuery.Filtered(db, domainId, await ValidAsync(db, domainId, filter, cancellationToken));
        if (after is { } cursor)
        {
            entries = entries.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.CreatedAt, a.Id), ValueTuple.Create(cursor.CreatedAt, cursor.Id)));
        }

        var rows = await AuditQuery.NewestFirst(db, entries, PageSize + 1).ToListAsync(cancellationToken);
        var page = rows.Take(PageSize).ToList();
        var next = rows.Count > PageSize ? new AuditCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        var logIsEmpty = rows.Count == 0 && after is null
            && (filter.IsEmpty || !await db.AuditLog.AnyAsync(a => a.DomainId == domainId, cancellationToken));
        return new AuditListing(page, next, logIsEmpty);
    }

    /// <summary>The domain's members, for the actor filter and for naming people in entries.</summary>
    public async Task<IReadOnlyList<AuditPerson>> PeopleAsync(Caller caller, string domainName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var domainId = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("see the audit log").Domain.Id;
        return await db.Memberships.AsNoTracking().Where(m => m.DomainId == domainId)
            .OrderBy(m => m.User!.DisplayName ?? m.User.Email).ThenBy(m => m.User!.Email)
            .Select(m => new AuditPerson(m.UserId, m.User!.Email, m.User.DisplayName))
            .ToListAsync(cancellationToken);
    }

    private static async Task<ValidFilter> ValidAsync(AppDbContext db, Guid domainId, AuditFilter filter, CancellationToken cancellationToken)
    {
        var actions = filter.Kind is null ? null
            : AuditKinds.ActionsOf(filter.Kind) ?? throw new ValidationProblem($"“{filter.Kind}” is not a kind of audit event. Choose one from the list.");
        Guid? actor = null;
        if (filter.Actor is not null and not AuditFilter.System)
        {
            actor = Guid.TryParse(filter.Actor, out var id) && await db.Memberships.AnyAsync(m => m.DomainId == domainId && m.UserId == id, cancellationToken)
                ? id
                : throw new ValidationProblem("That person is not a member of this domain. Choose someone from the list.");
        }

        if (filter.From > filter.To)
        {
            throw new ValidationProblem("The start date is after the end date. Pick a start on or before the end.");
        }

        return new ValidFilter(actions, filter.Actor == AuditFilter.System, actor, filter.FromInstant, filter.ToExclusiveInstant);
    }
}

/// <summary>A filter whose parts were checked: the actions to include, the actor, the instants of the range.</summary>
internal sealed record ValidFilter(IReadOnlyList<string>? Actions, bool SystemOnly, Guid? Actor, DateTimeOffset? From, DateTimeOffset? Before);
