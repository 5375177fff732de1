using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using UtmStudio.Features.Api;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>Every endpoint the API host mapped under /api/v1, as "METHOD /route" (from the routing's own data source).</summary>
public static class ApiEndpoints
{
    public static IReadOnlyList<(string Method, string Route)> Mapped(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText?.TrimStart('/')).StartsWith(ApiPaths.V1 + "/", StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, Normalise(e.RoutePattern.RawText!))))
            .Distinct()
            .OrderBy(e => e.Item2, StringComparer.Ordinal).ThenBy(e => e.m, StringComparer.Ordinal)
            .ToList();

    /// <summary>"/api/v1/campaigns/{id:guid}" → "/api/v1/campaigns/{id}"; no trailing slash.</summary>
    public static string Normalise(string route)
    {
        var path = "/" + route.Trim('/');
        return System.Text.RegularExpressions.Regex.Replace(path, "\\{([a-zA-Z]+)(:[^}]*)?\\}", "{$1}");
    }
}
