using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Account;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Domains.Verification;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Subscription;

/// <summary>What a reassignment did, for the operator's confirmation message.</summary>
public sealed record ReassignResult(string DomainName, string NewManagerEmail, IReadOnlyList<string> RemovedMembers, bool Verified);

/// <summary>
/// Operators settle who owns a domain: they verify it (after checking ownership their own way), or give it
/// to the account of its real owner. Reassigning makes that account the domain's only manager and removes
/// everyone else from its team — they are the people who claimed it — while its campaigns, links, pending
/// invitations and access requests stay for the new manager to review. Both are recorded in the domain's
/// audit log in the operator's name.
/// </summary>
public sealed class OperatorOwnershipService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public async Task VerifyAsync(Caller caller, Guid domainId, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsOperatorAsync(caller, cancellationToken);
        var domain = await db.Domains.SingleOrDefaultAsync(d => d.Id == domainId, cancellationToken) ?? throw new NotFoundProblem("That domain");
        if (domain.IsVerified)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        MarkVerified(domain);
        await db.SaveChangesAsync(cancellationToken);
        await db.RecordAsync(domain.Id, new DomainVerified("operator"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<ReassignResult> ReassignAsync(
        Caller caller, Guid domainId, string? newManagerEmail, bool verify, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(newManagerEmail) ?? throw new ValidationProblem("Enter the email address of the new manager's account.");
        await using var db = await OpenAsOperatorAsync(caller, cancellationToken);
        var domain = await db.Domains.SingleOrDefaultAsync(d => d.Id == domainId, cancellationToken) ?? throw new NotFoundProblem("That domain");
        var newManager = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.Email }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RuleProblem(ErrorCodes.OperatorAccountNotFound,
                $"No account uses {email}. Ask them to sign in to UtmStudio once, then reassign {domain.DomainName} again.");
        var team = await db.Memberships.Where(m => m.DomainId == domainId).ToListAsync(cancellationToken);
        var others = team.Where(m => m.UserId != newManager.Id).ToList();
        var removedIds = others.Select(m => m.UserId).ToList();
        var removedEmails = await db.Users.Where(u => removedIds.Contains(u.Id)).OrderBy(u => u.Email).Select(u => u.Email).ToListAsync(cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The new manager first, so the domain never has no manager (the teams trigger refuses that).
        if (team.SingleOrDefault(m => m.UserId == newManager.Id) is { } existing)
        {
            existing.Role = MemberRole.Manager;
        }
        else
        {
            db.Memberships.Add(new Membership { DomainId = domainId, UserId = newManager.Id, Role = MemberRole.Manager });
        }

        domain.ManagerId = newManager.Id;
        var verifiesNow = verify && !domain.IsVerified;
        if (verifiesNow)
        {
            MarkVerified(domain);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Memberships.RemoveRange(others);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var removed in removedIds)
        {
            await db.ForgetSignupDomainAsync(removed, domainId, cancellationToken); // they sign up again, like anyone removed
        }

        await db.RecordAsync(domainId, new DomainReassigned(newManager.Email, removedEmails, verifiesNow), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ReassignResult(domain.DomainName, newManager.Email, removedEmails, domain.IsVerified);
    }

    private void MarkVerified(Domain domain)
    {
        domain.VerifiedAt = Clock.Now(time);
        domain.VerificationMethod = DomainVerificationMethod.Operator;
    }

    private async Task<AppDbContext> OpenAsOperatorAsync(Caller caller, CancellationToken cancellationToken) =>
        caller is Caller.User { IsOperator: true } user
            ? await dbFactory.WithScopeAsync(DbScope.ForOperator(user), cancellationToken)
            : throw new NotFoundProblem("That page");
}
