namespace UtmStudio.Features.Api;

/// <summary>The addresses of the REST API: its root, its OpenAPI document and its reference page.</summary>
public static class ApiPaths
{
    public const string V1 = "/api/v1";

    public const string OpenApiDocument = V1 + "/openapi.json";

    public const string Reference = V1 + "/reference";

    public static bool IsV1(PathString path) => path.StartsWithSegments(V1, StringComparison.OrdinalIgnoreCase);
}
