namespace UtmStudio.Identity;

/// <summary>
/// The OpenID Connect provider (Clerk in production). Bound from the "Oidc" configuration section.
/// Without an Authority, Development uses the built-in development identity provider.
/// </summary>
public sealed class OidcSettings
{
    public const string Section = "Oidc";

    /// <summary>Clerk's Frontend API URL, e.g. https://your-app.clerk.accounts.dev.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Clerk serves email and name from its userinfo endpoint.</summary>
    public bool GetClaimsFromUserInfoEndpoint { get; set; } = true;
}
