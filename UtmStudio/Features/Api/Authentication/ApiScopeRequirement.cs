using Microsoft.AspNetCore.Mvc;
using UtmStudio.Features.Api.Keys;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Api.Authentication;

/// <summary>Endpoint metadata: any one of these scopes lets the request in (a read takes "read" or the resource's own scope).</summary>
public sealed record RequiredScopes(IReadOnlyList<string> AnyOf)
{
    public string Describe() => AnyOf.Count == 1 ? $"'{AnyOf[0]}'" : string.Join(" or ", AnyOf.Select(s => $"'{s}'"));
}

/// <summary>
/// Refuses a key without the scope the endpoint needs: 403 <c>auth.scope_missing</c>, naming the scope (the key is
/// valid, so this is not a 401). Runs after authentication and before the endpoint, so nothing is read or written.
/// </summary>
public static class ApiScopeFilter
{
    public const string MissingScopeKey = "missingScope";

    /// <summary>A read: the key needs "read" or <paramref name="resourceScope"/>.</summary>
    public static TBuilder RequireReadScope<TBuilder>(this TBuilder builder, string resourceScope)
        where TBuilder : IEndpointConventionBuilder => builder.RequireScopes(ApiScopes.Read, resourceScope);

    /// <summary>A change: the key needs <paramref name="scope"/> itself ("read" never writes).</summary>
    public static TBuilder RequireWriteScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder => builder.RequireScopes(scope);

    private static TBuilder RequireScopes<TBuilder>(this TBuilder builder, params string[] anyOf)
        where TBuilder : IEndpointConventionBuilder
    {
        var required = new RequiredScopes(anyOf);
        builder.WithMetadata(required);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var request = ApiRequest.Of(context.HttpContext);
            if (required.AnyOf.Any(request.Scopes.Contains))
            {
                return await next(context);
            }

            var details = ProblemDetailsMapping.ToProblemDetails(new RuleProblem(ErrorCodes.ScopeMissing,
                $"This API key lacks the scope {required.Describe()}. A manager can create a key that has it."));
            details.Extensions[MissingScopeKey] = required.AnyOf[^1];
            details.Extensions["requiredScopes"] = required.AnyOf;
            return TypedResults.Problem(details);
        });
        return builder;
    }
}
