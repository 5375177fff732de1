using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Tenancy;
using UtmStudio.Identity;

namespace UtmStudio.Features.Account;

/// <summary>Creates or updates the user's row on every sign-in, keyed by issuer + subject.</summary>
public sealed class UserAccountService(IDbContextFactory<AppDbContext> dbFactory, ILogger<UserAccountService> logger)
{
    private const int MaxNameLength = 255;

    public async Task<SignInSyncResult> SyncOnSignInAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(identity.Issuer) || string.IsNullOrWhiteSpace(identity.Subject)
            || identity.Issuer.Length > 255 || identity.Subject.Length > 255)
        {
            return new SignInSyncResult.Refused(SignInRefusals.InvalidIdentity);
        }

        var email = EmailAddress.Normalize(identity.Email);
        if (email is null)
        {
            return new SignInSyncResult.Refused(SignInRefusals.MissingEmail);
        }

        if (!identity.EmailVerified)
        {
            return new SignInSyncResult.Refused(SignInRefusals.EmailNotVerified);
        }

        var displayName = CleanDisplayName(identity.DisplayName);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // No current user exists yet, so row security lets the database function do the upsert. users.email is
        // unique (the brief): an address held by another account is refused, never merged, because email is
        // not how we identify people.
        var userId = await db.Database.SqlQuery<Guid?>(
                $"SELECT app_sign_in({identity.Issuer}, {identity.Subject}, {email}, {displayName}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (userId is null)
        {
            logger.LogWarning("Sign-in refused: the email is used by another account (subject {Subject})", identity.Subject);
            return new SignInSyncResult.Refused(SignInRefusals.EmailInUse);
        }

        return new SignInSyncResult.Accepted(userId.Value);
    }

    public async Task<UserProfile?> GetProfileAsync(Caller caller, CancellationToken cancellationToken)
    {
        var userId = caller.RequirePerson();
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new UserProfile(u.Id, u.Email, u.DisplayName, u.CreatedAt))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private static string? CleanDisplayName(string? raw)
    {
        var name = raw?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        return name.Length > MaxNameLength ? name[..MaxNameLength] : name;
    }
}
