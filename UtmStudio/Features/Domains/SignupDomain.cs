using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;

namespace UtmStudio.Features.Domains;

/// <summary>
/// users.signup_domain_id (rule 3), written through database functions: row security lets people update only
/// their own user row, while a manager approving a request or removing a member changes someone else's. The
/// functions check that the person is (or is no longer) a member and that the caller may decide it. Never
/// through a tracked <c>User</c> either: the teams trigger updates the user's row (users.role) whenever their
/// memberships change, so a tracked copy's row version is stale once the membership is saved. Call after
/// saving the membership, in the same transaction.
/// </summary>
public static class SignupDomain
{
    /// <summary>The first domain someone creates, is invited to or is approved for becomes their sign-up domain.</summary>
    public static Task SetSignupDomainIfNoneAsync(this AppDbContext db, Guid userId, Guid domainId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT app_claim_signup_domain({userId}, {domainId})", cancellationToken);

    /// <summary>Someone removed from their sign-up domain signs up again (rule 3) and no longer pins it.</summary>
    public static Task ForgetSignupDomainAsync(this AppDbContext db, Guid userId, Guid domainId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT app_release_signup_domain({userId}, {domainId})", cancellationToken);

    /// <summary>How many people signed up with the domain (0 unless the caller is one of its members).</summary>
    public static Task<int> CountSignupUsersAsync(this AppDbContext db, Guid domainId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"SELECT app_signup_user_count({domainId}) AS \"Value\"").SingleAsync(cancellationToken);
}
