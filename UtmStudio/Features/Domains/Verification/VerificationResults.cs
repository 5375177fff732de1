using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Domains.Verification;

/// <summary>
/// Writes down what a DNS check found. Only operators and jobs may change a domain's verification (the
/// database's domains_guard), so this runs as the verification job — after the caller's own membership
/// check, for an on-demand check, and never with anything the caller typed except the domain's id.
/// </summary>
public static class VerificationResults
{
    public static readonly Caller.Job Job = new("domain-verification");

    /// <returns>Whether this check verified the domain (false when it was already verified).</returns>
    public static async Task<bool> RecordAsync(
        IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, Guid domainId, string checkedToken, DnsCheckResult result,
        Guid? checkedBy, string? checkedByEmail, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(Job, cancellationToken);
        var domain = await db.Domains.SingleOrDefaultAsync(d => d.Id == domainId, cancellationToken);
        if (domain is null || domain.VerificationToken != checkedToken)
        {
            return false; // deleted meanwhile (or its token changed): the check was about something else
        }

        domain.VerificationCheckedAt = Clock.Now(time);
        var verifiesNow = result.IsVerified && !domain.IsVerified;
        if (verifiesNow)
        {
            domain.VerifiedAt = Clock.Now(time);
            domain.VerificationMethod = DomainVerificationMethod.Dns;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (verifiesNow)
        {
            await db.RecordAsync(domain.Id, new DomainVerified("dns", checkedBy, checkedByEmail), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return verifiesNow;
    }
}
