using Microsoft.EntityFrameworkCore;
using Npgsql;
using UtmStudio.Data;
using UtmStudio.Data.Entities;

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
        var user = await db.Users.SingleOrDefaultAsync(
            u => u.IdentityIssuer == identity.Issuer && u.IdentitySubject == identity.Subject, cancellationToken);

        // users.email is unique (the brief): another account already holding this address is refused,
        // never merged, because email is not how we identify people.
        var emailTaken = await db.Users.AnyAsync(u => u.Email == email && (user == null || u.Id != user.Id), cancellationToken);
        if (emailTaken)
        {
            logger.LogWarning("Sign-in refused: the email is used by another account (subject {Subject})", identity.Subject);
            return new SignInSyncResult.Refused(SignInRefusals.EmailInUse);
        }

        if (user is null)
        {
            user = new User
            {
                Email = email,
                IdentityIssuer = identity.Issuer,
                IdentitySubject = identity.Subject,
                DisplayName = displayName,
            };
            db.Users.Add(user);
        }
        else
        {
            user.Email = email;
            user.DisplayName = displayName ?? user.DisplayName;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SignInSyncResult.Accepted(user.Id);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two first sign-ins of one person at the same moment: the other one created the row.
            await using var retry = await dbFactory.CreateDbContextAsync(cancellationToken);
            var existing = await retry.Users.AsNoTracking().SingleOrDefaultAsync(
                u => u.IdentityIssuer == identity.Issuer && u.IdentitySubject == identity.Subject, cancellationToken);
            return existing is not null && existing.Email == email
                ? new SignInSyncResult.Accepted(existing.Id)
                : new SignInSyncResult.Refused(SignInRefusals.EmailInUse);
        }
    }

    public async Task<UserProfile?> GetProfileAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
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
