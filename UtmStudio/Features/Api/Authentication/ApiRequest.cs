using System.Security.Claims;
using UtmStudio.Identity;

namespace UtmStudio.Features.Api.Authentication;

/// <summary>
/// Who calls an /api/v1 endpoint: the key as a caller of the services, the name of its one domain (the services
/// take it, as the pages do), and its scopes. Endpoints take it from the authenticated principal.
/// </summary>
public sealed record ApiRequest(Caller.ApiKey Caller, string DomainName, IReadOnlySet<string> Scopes)
{
    public static ApiRequest Of(HttpContext http) => From(http.User)
        ?? throw new InvalidOperationException("An /api/v1 endpoint ran without an authenticated API key.");

    public static ApiRequest? From(ClaimsPrincipal principal)
    {
        if (!Guid.TryParse(principal.FindFirstValue(ApiPrincipal.KeyId), out var keyId)
            || !Guid.TryParse(principal.FindFirstValue(ApiPrincipal.DomainId), out var domainId)
            || !Guid.TryParse(principal.FindFirstValue(ApiPrincipal.CreatedBy), out var createdBy)
            || principal.FindFirstValue(ApiPrincipal.DomainName) is not { } domainName)
        {
            return null;
        }

        return new ApiRequest(new Caller.ApiKey(keyId, domainId, createdBy), domainName,
            principal.FindAll(ApiPrincipal.Scope).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }
}
