namespace UtmStudio.Features.Operations;

/// <summary>
/// What features add to the Content-Security-Policy: sign-in adds the identity provider's origin to
/// form-action; the development identity provider adds a narrower exception for its own pages.
/// </summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>Origins forms may be submitted to, besides this app (e.g. "https://clerk.example.com").</summary>
    public List<string> FormActionSources { get; } = [];

    /// <summary>Responses under a path prefix that need more than the app's own policy.</summary>
    public List<PathPolicyException> PathExceptions { get; } = [];

    /// <summary>
    /// HttpContext.Items keys under which an endpoint may leave a per-request script nonce (the API reference page
    /// does): when one is set, that response's script-src also allows 'nonce-…', and nothing else changes.
    /// </summary>
    public List<string> ScriptNonceItems { get; } = [];
}

/// <summary>
/// An addition to the policy for one path prefix only: script hashes (a known inline script) and form targets.
/// </summary>
public sealed record PathPolicyException(PathString PathPrefix, IReadOnlyList<string> ScriptSources, IReadOnlyList<string> FormActionSources);
