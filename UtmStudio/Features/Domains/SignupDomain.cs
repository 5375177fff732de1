using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;

namespace UtmStudio.Features.Domains;

/// <summary>
/// users.signup_domain_id: the first domain a person joins (created, invited or approved) is the one they
/// signed up with. Written with single UPDATE statements, not tracked entities: the teams trigger also
/// updates the users row (its role), which would make a tracked row's concurrency token stale.
/// </summary>
public static class SignupDomain
{
    /// <summary>Records the domain as the user's sign-up domain if they have none yet.</summary>
    public static Task ClaimAsync(this AppDbContext db, Guid userId, Guid domainId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId && u.SignupDomainId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.SignupDomainId, domainId), cancellationToken);

    /// <summary>Someone removed from their sign-up domain signs up again (rule 3) and no longer pins it.</summary>
    public static Task ReleaseAsync(this AppDbContext db, Guid userId, Guid domainId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId && u.SignupDomainId == domainId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.SignupDomainId, (Guid?)null), cancellationToken);
}
