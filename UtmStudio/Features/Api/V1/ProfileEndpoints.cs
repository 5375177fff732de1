using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Api.Keys;

namespace UtmStudio.Features.Api.V1;

/// <summary>GET /api/v1/profile: which key this is, its domain, its scopes and who created it. Any valid key may ask.</summary>
public static class ProfileEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/profile", GetAsync)
            .WithName("getProfile").WithTags("Profile")
            .WithSummary("The API key's domain, scopes and creator")
            .Produces<ProfileResource>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> GetAsync(HttpContext http, ApiKeyService keys, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var profile = await keys.GetProfileAsync(api.Caller, api.DomainName, cancellationToken);
        return TypedResults.Ok(ProfileResource.From(profile));
    }
}

/// <summary>The key that called, its domain and the person it acts for.</summary>
/// <param name="Key">The key: its id, name, prefix (its public part), scopes and expiry.</param>
/// <param name="Domain">The key's one domain.</param>
/// <param name="Creator">The manager who created the key: it acts with their rights, in this domain only.</param>
public sealed record ProfileResource(ProfileKey Key, ProfileDomain Domain, ProfileCreator Creator)
{
    public static ProfileResource From(ApiKeyProfile p) => new(
        new ProfileKey(p.KeyId, p.Name, p.Prefix, p.Scopes, p.CreatedAt, p.ExpiresAt),
        new ProfileDomain(p.DomainId, p.DomainName, p.DomainIsReadOnly),
        new ProfileCreator(p.CreatorId, p.CreatorName, p.CreatorIsManager ? "manager" : "team_member"));
}

public sealed record ProfileKey(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);

/// <param name="IsReadOnly">An inactive domain: everything can be read, nothing changed.</param>
public sealed record ProfileDomain(Guid Id, string Name, bool IsReadOnly);

/// <param name="Role">The creator's role in the domain now: manager or team_member.</param>
public sealed record ProfileCreator(Guid Id, string Name, string Role);
