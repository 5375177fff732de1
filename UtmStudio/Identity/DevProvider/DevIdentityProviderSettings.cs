namespace UtmStudio.Identity.DevProvider;

/// <summary>
/// Decides whether the built-in development identity provider runs, and where. It is on by default in
/// Development when no Oidc:Authority is configured, can be switched with DevIdentityProvider:Enabled, and
/// the app refuses to start if it is switched on anywhere but Development.
/// </summary>
public sealed record DevIdentityProviderSettings(string Authority)
{
    public const string ClientId = "utmstudio-dev";

    /// <summary>Not a secret: this provider only runs on a developer's machine or in tests.</summary>
    public const string ClientSecret = "utmstudio-dev-not-a-secret";

    private const string DefaultBaseAddress = "http://127.0.0.1:5080";

    public OidcSettings AsOidcSettings() => new()
    {
        Authority = Authority,
        ClientId = ClientId,
        ClientSecret = ClientSecret,
        GetClaimsFromUserInfoEndpoint = false,
    };

    public static DevIdentityProviderSettings? Resolve(IHostEnvironment environment, IConfiguration configuration, OidcSettings oidc)
    {
        var enabled = configuration.GetValue<bool?>("DevIdentityProvider:Enabled")
            ?? (environment.IsDevelopment() && string.IsNullOrWhiteSpace(oidc.Authority));
        if (!enabled)
        {
            return null;
        }

        // Only Development (which the tests also use): a staging or oddly named production environment must
        // never get a password-less "sign in as anyone" page.
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "The development identity provider signs anyone in without a password and runs only in Development " +
                $"(this is {environment.EnvironmentName}). Remove DevIdentityProvider:Enabled and configure Oidc:Authority (Clerk).");
        }

        var authority = configuration["DevIdentityProvider:Authority"] ?? BaseAddressFromUrls(configuration["urls"]);
        return new DevIdentityProviderSettings(authority.TrimEnd('/') + "/");
    }

    /// <summary>The provider lives in this very process, so its address is the first one the app listens on.</summary>
    public static string BaseAddressFromUrls(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            return DefaultBaseAddress;
        }

        // Wildcard bindings ("http://+:80", "http://*:80", "http://0.0.0.0:80") are reached on loopback.
        var normalized = first.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
        return Uri.TryCreate(normalized, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : DefaultBaseAddress;
    }
}
