using System.Security.Cryptography;
using System.Text;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using UtmStudio.Features.Operations;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace UtmStudio.Identity.DevProvider;

/// <summary>
/// A real OpenID Connect provider (OpenIddict, authorization code + PKCE) inside the app, for development and
/// tests only. It keeps no state ("degraded mode": no stores, self-contained codes and tokens) and knows one
/// client, this app, whose redirect URIs must be on loopback.
/// </summary>
public static class DevIdentityProviderSetup
{
    public const string AuthorizePath = "/dev-idp/authorize";
    public const string TokenPath = "/dev-idp/token";

    public static WebApplicationBuilder AddDevIdentityProvider(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris(AuthorizePath.TrimStart('/'))
                .SetTokenEndpointUris(TokenPath.TrimStart('/'));
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.DisableAccessTokenEncryption();
            options.EnableDegradedMode();
            options.DisableTokenStorage();
            options.DisableAuthorizationStorage();
            options.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .DisableTransportSecurityRequirement();

            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler =>
                handler.UseInlineHandler(ValidateAuthorizationRequest));
            options.AddEventHandler<ValidateTokenRequestContext>(handler =>
                handler.UseInlineHandler(ValidateTokenRequest));
        });
        builder.Services.AddSingleton<DevIdentityProviderMarker>();
        builder.Services.Configure<SecurityHeadersOptions>(options => options.PathExceptions.Add(DevIdentityProviderPolicy.Exception));
        return builder;
    }

    public static WebApplication MapDevIdentityProvider(this WebApplication app)
    {
        if (app.Services.GetService<DevIdentityProviderMarker>() is not null)
        {
            app.MapMethods(AuthorizePath, [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, Task<IResult>>)DevSignInEndpoint.HandleAsync)
                .AllowAnonymous()
                .DisableAntiforgery();
        }

        return app;
    }

    private static ValueTask ValidateAuthorizationRequest(ValidateAuthorizationRequestContext context)
    {
        if (!string.Equals(context.ClientId, DevIdentityProviderSettings.ClientId, StringComparison.Ordinal))
        {
            context.Reject(Errors.InvalidClient, "This development provider only knows the UtmStudio app.");
        }
        else if (!IsLoopbackCallback(context.RedirectUri))
        {
            context.Reject(Errors.InvalidRequest, "The redirect_uri must be the app's /signin-oidc on loopback.");
        }

        return ValueTask.CompletedTask;
    }

    private static ValueTask ValidateTokenRequest(ValidateTokenRequestContext context)
    {
        var secret = context.Request.ClientSecret ?? string.Empty;
        var knownClient = string.Equals(context.ClientId, DevIdentityProviderSettings.ClientId, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(DevIdentityProviderSettings.ClientSecret));
        if (!knownClient)
        {
            context.Reject(Errors.InvalidClient, "Unknown client or wrong client secret.");
        }

        return ValueTask.CompletedTask;
    }

    internal static bool IsLoopbackCallback(string? redirectUri) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.IsLoopback
        && uri.AbsolutePath == "/signin-oidc";

    /// <summary>Present in the container only when the provider is on.</summary>
    private sealed class DevIdentityProviderMarker;
}
