namespace UtmStudio.Features.Subscription;

/// <summary>
/// Whether a sign-in is one of this instance's operators: its provider-verified email is listed in
/// Subscription:OperatorEmails. Decided once, at sign-in, and carried in the sign-in cookie.
/// </summary>
public static class OperatorIdentity
{
    public static bool Matches(SubscriptionOptions options, string? verifiedEmail, bool emailVerified) =>
        emailVerified && verifiedEmail is { Length: > 0 }
        && options.OperatorEmails.Any(o => string.Equals(o.Trim(), verifiedEmail.Trim(), StringComparison.OrdinalIgnoreCase));
}
