using System.Net.Sockets;
using Microsoft.IdentityModel.Tokens;

namespace UtmStudio.Identity;

/// <summary>
/// Why a sign-in round trip with the identity provider failed: a reason for the page the person sees
/// (<c>/account/signin-failed?reason=…</c>) and the provider's own error code for the operator's log.
/// </summary>
public sealed record SignInFailure(string Reason, string? ProviderError, string? ProviderDescription = null)
{
    /// <summary>The provider refused this app (wrong client ID or secret, redirect URI not registered …).</summary>
    public const string Configuration = "provider-configuration";

    /// <summary>The provider could not be reached, or said it is unavailable.</summary>
    public const string Unavailable = "provider-unavailable";

    /// <summary>The person cancelled at the provider, or the round trip expired (the default).</summary>
    public const string Interrupted = "interrupted";

    /// <summary>OAuth 2.0 / OpenID Connect error codes that mean this app is set up wrongly, not that the person erred.</summary>
    private static readonly HashSet<string> ConfigurationErrors = new(StringComparer.Ordinal)
    {
        "invalid_client", "unauthorized_client", "invalid_request", "invalid_scope", "unsupported_response_type",
        "unsupported_grant_type", "unsupported_response_mode", "invalid_request_uri", "invalid_request_object",
        "request_not_supported", "request_uri_not_supported", "registration_not_supported", "invalid_redirect_uri",
    };

    private static readonly HashSet<string> UnavailableErrors = new(StringComparer.Ordinal) { "server_error", "temporarily_unavailable" };

    public bool IsConfigurationProblem => Reason == Configuration;

    public static SignInFailure From(Exception? failure)
    {
        for (var ex = failure; ex is not null; ex = ex.InnerException)
        {
            // ASP.NET Core's OpenID Connect handler keeps the provider's "error" parameter in Data["error"].
            if (ex.Data["error"] is string { Length: > 0 } code)
            {
                return new SignInFailure(ReasonFor(code), code, ex.Data["error_description"] as string);
            }

            switch (ex)
            {
                // The ID token does not fit this app: another client ID (audience), another issuer, unknown keys.
                case SecurityTokenInvalidAudienceException or SecurityTokenInvalidIssuerException
                    or SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException:
                    return new SignInFailure(Configuration, null);
                case HttpRequestException or SocketException or TaskCanceledException:
                    return new SignInFailure(Unavailable, null);
            }
        }

        // "Correlation failed", an expired nonce or state: the round trip took too long or lost its cookies.
        return new SignInFailure(Interrupted, null);
    }

    private static string ReasonFor(string code) =>
        ConfigurationErrors.Contains(code) ? Configuration
        : UnavailableErrors.Contains(code) ? Unavailable
        : Interrupted;
}
