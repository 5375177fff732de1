using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Subscription;

public sealed record OperatorDomainRow(
    Guid Id, string Name, SubscriptionStatus Status, SubscriptionStatus EffectiveStatus, DateTimeOffset? TrialEndsAt,
    int Members, string ManagerEmail, DateTimeOffset? CreatedAt,
    DateTimeOffset? VerifiedAt = null, DomainVerificationMethod? VerificationMethod = null)
{
    public bool IsVerified => VerifiedAt is not null;
}

/// <summary>
/// The people who run this instance see every domain and set its subscription. Who they are is decided at
/// sign-in from the provider-verified identity (<see cref="OperatorIdentity"/>) and carried by the caller —
/// never read from a column that a user's own session could write.
/// </summary>
public sealed class OperatorService(
    IDbContextFactory<AppDbContext> dbFactory, IOptions<SubscriptionOptions> options, TimeProvider time)
{
    public static bool IsOperator(Caller caller) => caller is Caller.User { IsOperator: true };

    public async Task<IReadOnlyList<OperatorDomainRow>> ListDomainsAsync(Caller caller, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsOperatorAsync(caller, cancellationToken);
        var now = time.GetUtcNow();
        var rows = await db.Domains.AsNoTracking().OrderBy(d => d.DomainName)
            .Select(d => new
            {
                Domain = d,
                Members = db.Memberships.Count(m => m.DomainId == d.Id),
                ManagerEmail = d.Manager!.Email,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new OperatorDomainRow(r.Domain.Id, r.Domain.DomainName, r.Domain.SubscriptionStatus,
            SubscriptionRules.EffectiveStatus(r.Domain, now), r.Domain.TrialEndsAt, r.Members, r.ManagerEmail, r.Domain.CreatedAt,
            r.Domain.VerifiedAt, r.Domain.VerificationMethod)).ToList();
    }

    public async Task SetStatusAsync(Caller caller, Guid domainId, SubscriptionStatus status, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsOperatorAsync(caller, cancellationToken);
        var domain = await db.Domains.SingleOrDefaultAsync(d => d.Id == domainId, cancellationToken) ?? throw new NotFoundProblem("That domain");
        var before = domain.SubscriptionStatus;
        domain.SubscriptionStatus = status;
        if (status == SubscriptionStatus.Trial && (domain.TrialEndsAt is null || domain.TrialEndsAt <= time.GetUtcNow()))
        {
            domain.TrialEndsAt = Clock.Now(time).AddDays(options.Value.TrialDays);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.RecordAsync(domain.Id, new SubscriptionChanged(before.ToString(), status.ToString()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<AppDbContext> OpenAsOperatorAsync(Caller caller, CancellationToken cancellationToken)
    {
        if (caller is not Caller.User { IsOperator: true } user)
        {
            throw new NotFoundProblem("That page");
        }

        return await dbFactory.WithScopeAsync(DbScope.ForOperator(user), cancellationToken);
    }
}
