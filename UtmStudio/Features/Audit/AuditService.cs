using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Tenancy;
using UtmStudio.Identity;
using UtmStudio.Features.Domains;

namespace UtmStudio.Features.Audit;

public sealed record AuditRow(DateTimeOffset CreatedAt, string Action, string? ActorEmail, string? ActorName, string Details);

public sealed class AuditService(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int PageSize = 200;

    public async Task<IReadOnlyList<AuditRow>> ListAsync(Caller caller, string domainName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("see the audit log");
        return await db.AuditLog.AsNoTracking()
            .Where(a => a.DomainId == access.Domain.Id)
            .OrderByDescending(a => a.CreatedAt)
            .Take(PageSize)
            .Select(a => new AuditRow(a.CreatedAt, a.Action,
                db.Users.Where(u => u.Id == a.ActorUserId).Select(u => u.Email).FirstOrDefault(),
                db.Users.Where(u => u.Id == a.ActorUserId).Select(u => u.DisplayName).FirstOrDefault(),
                a.Details))
            .ToListAsync(cancellationToken);
    }
}
