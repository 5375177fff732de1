namespace UtmStudio.Identity;

/// <summary>Claim names used in our sign-in cookie (inbound claims keep their OpenID Connect names).</summary>
public static class AppClaims
{
    /// <summary>Our users.id, added at sign-in after the user row is created or updated.</summary>
    public const string UserId = "utmstudio_user_id";

    /// <summary>"true" when the sign-in is one of this instance's operators (decided at sign-in).</summary>
    public const string Operator = "utmstudio_operator";

    public const string Subject = "sub";
    public const string Email = "email";
    public const string EmailVerified = "email_verified";
    public const string Name = "name";
    public const string Issuer = "iss";

    /// <summary>email_verified arrives as "true" (ID token) or "True" (userinfo JSON): read it one way.</summary>
    public static bool IsEmailVerified(System.Security.Claims.ClaimsPrincipal principal) =>
        bool.TryParse(principal.FindFirst(EmailVerified)?.Value, out var verified) && verified;
}
