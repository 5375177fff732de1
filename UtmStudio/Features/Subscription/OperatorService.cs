using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Subscription;

public sealed record OperatorDomainRow(
    Guid Id, string Name, SubscriptionStatus Status, SubscriptionStatus EffectiveStatus, DateTimeOffset? TrialEndsAt,
    int Members, string ManagerEmail, DateTimeOffset? CreatedAt);

/// <summary>The people who run this instance (configured by email) see every domain and set its subscription.</summary>
public sealed class OperatorService(
    IDbContextFactory<AppDbContext> dbFactory, IOptions<SubscriptionOptions> options, TimeProvider time)
{
    public async Task<bool> IsOperatorAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (options.Value.OperatorEmails.Count == 0)
        {
            return false;
        }

        await using var db = await dbFactory.ForUserAsync(userId, cancellationToken);
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        return email is not null && options.Value.OperatorEmails.Any(o => string.Equals(o.Trim(), email, StringComparison.OrdinalIgnoreCase));
    }

    public async Task<IReadOnlyList<OperatorDomainRow>> ListDomainsAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsOperatorAsync(userId, cancellationToken);
        var now = time.GetUtcNow();
        var rows = await db.Domains.AsNoTracking().OrderBy(d => d.DomainName)
            .Select(d => new
            {
                Domain = d,
                Members = db.Teams.Count(m => m.DomainId == d.Id),
                ManagerEmail = d.Manager!.Email,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new OperatorDomainRow(r.Domain.Id, r.Domain.DomainName, r.Domain.SubscriptionStatus,
            SubscriptionRules.EffectiveStatus(r.Domain, now), r.Domain.TrialEndsAt, r.Members, r.ManagerEmail, r.Domain.CreatedAt)).ToList();
    }

    public async Task SetStatusAsync(Guid userId, Guid domainId, SubscriptionStatus status, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsOperatorAsync(userId, cancellationToken);
        var domain = await db.Domains.SingleOrDefaultAsync(d => d.Id == domainId, cancellationToken) ?? throw new NotFoundProblem("That domain");
        var before = domain.SubscriptionStatus;
        domain.SubscriptionStatus = status;
        if (status == SubscriptionStatus.Trial && (domain.TrialEndsAt is null || domain.TrialEndsAt <= time.GetUtcNow()))
        {
            domain.TrialEndsAt = Clock.Now(time).AddDays(options.Value.TrialDays);
        }

        db.Record(domain, userId, AuditActions.SubscriptionChanged, new { before = before.ToString(), after = status.ToString() });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<AppDbContext> OpenAsOperatorAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (!await IsOperatorAsync(userId, cancellationToken))
        {
            throw new NotFoundProblem("That page");
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Scope = new DbScope(userId, Operator: true);
        return db;
    }
}
