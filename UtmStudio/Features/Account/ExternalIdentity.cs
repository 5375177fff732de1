namespace UtmStudio.Features.Account;

/// <summary>Who the identity provider says signed in.</summary>
/// <param name="EmailVerified">Whether the provider verified the email; unverified addresses are refused, since
/// invitations, operators and the unique users.email all rely on the address being the person's.</param>
public sealed record ExternalIdentity(string Issuer, string Subject, string? Email, string? DisplayName, bool EmailVerified);

/// <summary>The result of recording a sign-in.</summary>
public abstract record SignInSyncResult
{
    private SignInSyncResult()
    {
    }

    public sealed record Accepted(Guid UserId) : SignInSyncResult;

    /// <summary>The sign-in cannot be accepted; <see cref="Code"/> is shown to the user on the sign-in error page.</summary>
    public sealed record Refused(string Code) : SignInSyncResult;
}

public static class SignInRefusals
{
    public const string MissingEmail = "missing-email";
    public const string EmailNotVerified = "email-not-verified";
    public const string EmailInUse = "email-in-use";
    public const string InvalidIdentity = "invalid-identity";
}
