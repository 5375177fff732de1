using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;

namespace UtmStudio.Features.Subscription;

/// <summary>Writes down that trials past their end are inactive (the check on use already treats them so).</summary>
public sealed class TrialExpiry(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ILogger<TrialExpiry> logger)
{
    public async Task<int> ExpireDueTrialsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForSystemAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = await db.Domains
            .Where(d => d.SubscriptionStatus == SubscriptionStatus.Trial && d.TrialEndsAt != null && d.TrialEndsAt <= now)
            .ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var domain in due)
        {
            domain.SubscriptionStatus = SubscriptionStatus.Inactive;
            await db.RecordAsync(domain.Id, new TrialExpired(domain.TrialEndsAt), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (due.Count > 0)
        {
            logger.LogInformation("{Count} trial(s) ended and are now inactive", due.Count);
        }

        return due.Count;
    }
}

/// <summary>Runs <see cref="TrialExpiry"/> at start and then every Subscription:TrialCheckInterval.</summary>
public sealed class TrialExpiryJob(TrialExpiry expiry, IOptions<SubscriptionOptions> options, ILogger<TrialExpiryJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TrialCheckInterval);
        do
        {
            try
            {
                await expiry.ExpireDueTrialsAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Checking for ended trials failed; trying again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
