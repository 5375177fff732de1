using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;

namespace UtmStudio.Features.Domains;

/// <summary>
/// Writes users.signup_domain_id (rule 3) directly, never through a tracked <c>User</c>: the teams trigger
/// (teams_keep_invariants) updates the user's row (users.role) whenever their memberships change, so a
/// tracked copy's row version is stale as soon as the membership is saved. Call after saving the membership,
/// in the same transaction.
/// </summary>
public static class SignupDomain
{
    /// <summary>The first domain someone joins or creates becomes their sign-up domain.</summary>
    public static Task SetSignupDomainIfNoneAsync(this AppDbContext db, Guid userId, Guid domainId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId && u.SignupDomainId == null)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.SignupDomainId, domainId), cancellationToken);

    /// <summary>Someone removed from their sign-up domain signs up again (rule 3) and no longer pins it.</summary>
    public static Task ForgetSignupDomainAsync(this AppDbContext db, Guid userId, Guid domainId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId && u.SignupDomainId == domainId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.SignupDomainId, (Guid?)null), cancellationToken);
}
