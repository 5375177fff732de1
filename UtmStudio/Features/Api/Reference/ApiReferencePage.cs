using Scalar.AspNetCore;
using UtmStudio.Features.Operations;

namespace UtmStudio.Features.Api.Reference;

/// <summary>
/// The interactive API reference (Scalar) at /api/v1/reference, served entirely by this app: Scalar.AspNetCore
/// bundles its script, the default fonts (a CDN) and telemetry are off, and there is no proxy, so the page loads
/// nothing from another origin and works offline. Its one inline script carries a per-request nonce, which the
/// Content-Security-Policy of this response allows (SecurityHeadersOptions.ScriptNonceItems).
/// </summary>
public static class ApiReferencePage
{
    public static IServiceCollection AddApiReferencePage(this IServiceCollection services) =>
        services.Configure<SecurityHeadersOptions>(o => o.ScriptNonceItems.Add(ScalarOptions.NonceHttpContextItemKey));

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(ApiPaths.OpenApiDocument).AllowAnonymous();
        app.MapScalarApiReference(ApiPaths.Reference, options => options
            .WithTitle("UtmStudio API reference")
            .WithOpenApiRoutePattern(ApiPaths.OpenApiDocument)
            .DisableDefaultFonts()
            .DisableTelemetry()
            .WithNonce())
            .AllowAnonymous();
        return app;
    }
}
