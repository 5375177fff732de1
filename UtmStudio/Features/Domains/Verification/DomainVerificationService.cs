using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Tenancy;
using UtmStudio.Identity;

namespace UtmStudio.Features.Domains.Verification;

/// <summary>What "Check now" found, and the domain's ownership afterwards.</summary>
public sealed record VerificationCheck(DnsCheckResult Result, DomainVerificationView Verification);

/// <summary>Managers check their domain's DNS verification record on demand (the background check does it too).</summary>
public sealed class DomainVerificationService(IDbContextFactory<AppDbContext> dbFactory, DnsTxtVerifier dns, TimeProvider time)
{
    public async Task<VerificationCheck> CheckNowAsync(Caller caller, string domainName, CancellationToken cancellationToken)
    {
        Guid domainId;
        string name, token;
        string? email;
        await using (var db = await dbFactory.ForAsync(caller, cancellationToken))
        {
            var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("verify it");
            if (access.Domain.IsVerified)
            {
                return new(new DnsCheckResult(DnsCheckOutcome.Verified, $"{access.Domain.DomainName} is already verified."),
                    DomainVerificationView.Of(access.Domain, forManager: true));
            }

            (domainId, name, token) = (access.Domain.Id, access.Domain.DomainName, access.Domain.VerificationToken);
            email = await db.Users.Where(u => u.Id == access.Membership.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        }

        // No connection is held while DNS answers (or does not).
        var result = await dns.CheckAsync(name, token, cancellationToken);
        await VerificationResults.RecordAsync(dbFactory, time, domainId, token, result, caller.PersonId, email, cancellationToken);

        await using var reread = await dbFactory.ForAsync(caller, cancellationToken);
        var access2 = await reread.RequireMemberAsync(name, caller, cancellationToken);
        return new(result, DomainVerificationView.Of(access2.Domain, access2.IsManager));
    }
}
