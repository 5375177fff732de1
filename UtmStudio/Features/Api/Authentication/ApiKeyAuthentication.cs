using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using UtmStudio.Features.Api.Keys;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Api.Authentication;

/// <summary>
/// <c>Authorization: Bearer utm_…</c> on /api/v1, and only there (the group's policy names this scheme alone, so
/// the sign-in cookie never counts and nothing redirects to a sign-in page). Every request asks the database
/// (<see cref="ApiKeyService.AuthenticateAsync"/>): there is no cache to outlive a revocation. A missing,
/// malformed, unknown, revoked or expired key gets the same 401, so a caller learns nothing about which it was.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("Not a bearer token");
        }

        var keys = Context.RequestServices.GetRequiredService<ApiKeyService>();
        var identity = await keys.AuthenticateAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        return identity is null
            ? AuthenticateResult.Fail("Not a valid API key")
            : AuthenticateResult.Success(new AuthenticationTicket(ApiPrincipal.Create(identity, SchemeName), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"UtmStudio API\"";
        await ProblemResponses.WriteAsync(Context, ProblemDetailsMapping.ForStatus(StatusCodes.Status401Unauthorized,
            "Send a valid API key: Authorization: Bearer utm_… (managers create keys in the domain's settings)."));
    }
}

/// <summary>What the API's principal carries: the key, its domain, its creator and its scopes.</summary>
public static class ApiPrincipal
{
    public const string KeyId = "utm:api_key";
    public const string DomainId = "utm:domain_id";
    public const string DomainName = "utm:domain_name";
    public const string CreatedBy = "utm:created_by";
    public const string Scope = "utm:scope";

    public static ClaimsPrincipal Create(ApiKeyIdentity identity, string scheme)
    {
        var claims = new List<Claim>
        {
            new(KeyId, identity.KeyId.ToString()),
            new(DomainId, identity.DomainId.ToString()),
            new(DomainName, identity.DomainName),
            new(CreatedBy, identity.CreatedBy.ToString()),
            new(ClaimTypes.Name, identity.Name),
        };
        claims.AddRange(identity.Scopes.Select(s => new Claim(Scope, s)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
