using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Tenancy;

namespace UtmStudio.Features.Account;

/// <summary>A domain the caller deleted (from their own domain.deleted audit entry).</summary>
public sealed class DeletedDomain
{
    public string DomainName { get; init; } = string.Empty;

    public DateTimeOffset DeletedAt { get; init; }
}

/// <summary>
/// The domains a manager deleted recently, for their profile: deleting removes the domain with its audit log,
/// so without this the manager would see no trace of it (the delete dialog promises a record).
/// </summary>
public sealed class DeletedDomains(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public const int RecentDays = 90;

    public async Task<IReadOnlyList<DeletedDomain>> ListRecentAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForUserAsync(userId, cancellationToken);
        var since = time.GetUtcNow().AddDays(-RecentDays);
        return await db.Database
            .SqlQuery<DeletedDomain>($"SELECT domain_name, deleted_at FROM app_my_deleted_domains({since})")
            .OrderByDescending(d => d.DeletedAt)
            .ToListAsync(cancellationToken);
    }
}
