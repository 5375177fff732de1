using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Tenancy;
using UtmStudio.Identity;

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

    /// <summary>The caller's own domain.deleted entries of the last <see cref="RecentDays"/> days, newest first.</summary>
    public async Task<IReadOnlyList<DeletedDomain>> ListRecentAsync(Caller caller, CancellationToken cancellationToken)
    {
        caller.RequirePerson();
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var since = time.GetUtcNow().AddDays(-RecentDays);
        return await db.Database
            .SqlQuery<DeletedDomain>($"SELECT domain_name, deleted_at FROM app_my_deleted_domains({since})")
            .OrderByDescending(d => d.DeletedAt)
            .ToListAsync(cancellationToken);
    }
}
