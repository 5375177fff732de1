using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Api.Keys;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Links.Conventions;
using UtmStudio.Features.Links.Conventions.Settings;

namespace UtmStudio.Features.Api.V1;

/// <summary>
/// /api/v1/domain: the key's one domain, its settings and its UTM conventions, through the settings page's services.
/// Changing them is a manager's operation: it needs the <c>team</c> scope (the scope for managers' administration) and
/// the key's creator must be a manager now (the services refuse anyone else: 403 forbidden).
/// </summary>
public static class DomainEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var domain = api.MapGroup("/domain").WithTags("Domain");
        domain.MapGet("/", GetAsync).WithName("getDomain").WithSummary("The domain's settings, verification and subscription status")
            .RequireReadScope(ApiScopes.Team)
            .Produces<DomainResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        domain.MapPatch("/", UpdateAsync).WithName("updateDomain").WithSummary("Change the redirect type and query forwarding (managers)")
            .RequireWriteScope(ApiScopes.Team)
            .Produces<DomainResource>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        domain.MapGet("/conventions", GetConventionsAsync).WithName("getConventions").WithSummary("The domain's UTM conventions (with their ETag)")
            .RequireReadScope(ApiScopes.Links)
            .Produces<ConventionsResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        domain.MapPut("/conventions", SaveConventionsAsync).WithName("updateConventions")
            .WithSummary("Replace the domain's UTM conventions (managers; If-Match required)")
            .RequireWriteScope(ApiScopes.Team)
            .Produces<ConventionsResource>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<IResult> GetAsync(HttpContext http, DomainService domains, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        return TypedResults.Ok(DomainResource.From(await domains.GetSettingsAsync(api.Caller, api.DomainName, cancellationToken)));
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, DomainService domains, DomainSettingsInput input, CancellationToken cancellationToken)
    {
        // One service call: everything named is checked before anything is written, in one transaction, and even an
        // empty PATCH is a manager's (a member-level key is refused whatever it sends).
        var api = ApiRequest.Of(http);
        await domains.UpdateSettingsAsync(api.Caller, api.DomainName,
            new DomainSettingsChange(input.RedirectType, input.ForwardQueryParameters, input.QueryOverridesUtm), cancellationToken);
        return TypedResults.Ok(DomainResource.From(await domains.GetSettingsAsync(api.Caller, api.DomainName, cancellationToken)));
    }

    private static async Task<IResult> GetConventionsAsync(HttpContext http, LinkConventionsService conventions, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var current = await conventions.GetAsync(api.Caller, api.DomainName, cancellationToken);
        return ApiVersions.WithETag(http, ConventionsVersion.Of(current.Conventions), ConventionsResource.From(current));
    }

    private static async Task<IResult> SaveConventionsAsync(
        HttpContext http, LinkConventionsService conventions, LinkConventions input, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var version = ApiVersions.RequireIfMatch(http.Request);
        var current = await conventions.GetAsync(api.Caller, api.DomainName, cancellationToken);
        if (ConventionsVersion.Of(current.Conventions) != version)
        {
            return ApiVersions.Changed(http, ConventionsVersion.Of(current.Conventions), ConventionsResource.From(current));
        }

        try
        {
            // What the client read is "expected": a manager saving in between makes the service refuse, not overwrite.
            var saved = await conventions.SaveAsync(api.Caller, api.DomainName, input, current.Conventions, cancellationToken);
            return ApiVersions.WithETag(http, ConventionsVersion.Of(saved.Conventions), ConventionsResource.From(saved));
        }
        catch (LinkConventionsChangedProblem changed)
        {
            return ApiVersions.Changed(http, ConventionsVersion.Of(changed.Current.Conventions), ConventionsResource.From(changed.Current));
        }
    }
}
