using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtmStudio.Data;
using UtmStudio.Data.Tenancy;

namespace UtmStudio.Features.Domains.Verification;

/// <summary>
/// The background check: looks up the record of every unverified domain (least recently checked first), so
/// a manager who added it need not come back to press "Check now".
/// </summary>
public sealed class DomainVerificationSweep(
    IDbContextFactory<AppDbContext> dbFactory, DnsTxtVerifier dns, TimeProvider time, ILogger<DomainVerificationSweep> logger)
{
    /// <summary>At most this many look-ups per run; the rest wait for the next one.</summary>
    public const int BatchSize = 500;

    /// <returns>How many domains this run verified.</returns>
    public async Task<int> CheckUnverifiedAsync(CancellationToken cancellationToken)
    {
        List<(Guid Id, string Name, string Token)> due;
        await using (var db = await dbFactory.ForAsync(VerificationResults.Job, cancellationToken))
        {
            due = (await db.Domains.AsNoTracking()
                    .Where(d => d.VerifiedAt == null)
                    .OrderBy(d => d.VerificationCheckedAt ?? DateTimeOffset.MinValue).ThenBy(d => d.Id)
                    .Select(d => new { d.Id, d.DomainName, d.VerificationToken })
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken))
                .Select(d => (d.Id, d.DomainName, d.VerificationToken)).ToList();
        }

        var verified = 0;
        foreach (var (id, name, token) in due)
        {
            var result = await dns.CheckAsync(name, token, cancellationToken);
            if (await VerificationResults.RecordAsync(dbFactory, time, id, token, result, null, null, cancellationToken))
            {
                verified++;
            }
        }

        if (verified > 0)
        {
            logger.LogInformation("{Count} domain(s) verified by their DNS record", verified);
        }

        return verified;
    }
}

/// <summary>Runs <see cref="DomainVerificationSweep"/> every Dns:CheckInterval (first run one interval after start).</summary>
public sealed class DomainVerificationJob(DomainVerificationSweep sweep, IOptions<DnsOptions> options, ILogger<DomainVerificationJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await sweep.CheckUnverifiedAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Checking the DNS records of unverified domains failed; trying again at the next interval");
            }
        }
    }
}
