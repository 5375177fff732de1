using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Api.Idempotency;
using UtmStudio.Features.Api.RateLimits;
using UtmStudio.Features.Api.Reference;
using UtmStudio.Features.Api.V1;

namespace UtmStudio.Features.Api;

/// <summary>
/// The HTTP side of the REST API: its own authentication scheme and policy (the pages' cookie and OpenID Connect
/// never apply under /api/v1), per-key rate limits, and the endpoints. Program.cs and the API tests' host call
/// the same three methods, in the same places of the pipeline.
/// </summary>
public static class ApiSetup
{
    public const string Policy = "ApiKey";

    public static IServiceCollection AddRestApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName)
            .RequireAuthenticatedUser());
        services.Configure<ApiRateLimitOptions>(configuration.GetSection(ApiRateLimitOptions.Section));
        services.AddSingleton<ApiRateLimits>();
        services.AddScoped<Idempotency.IdempotencyStore>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<ApiRateLimits>((options, limits) => limits.Configure(options));
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddApiDocument();
        services.AddApiReferencePage();
        return services;
    }

    /// <summary>After UseAuthorization (the limiter partitions by the authenticated key).</summary>
    public static IApplicationBuilder UseRestApi(this IApplicationBuilder app)
    {
        app.UseIdempotencyBuffering();
        app.UseRateLimiter();
        var limits = app.ApplicationServices.GetRequiredService<ApiRateLimits>();
        app.Use((http, next) =>
        {
            limits.WriteHeaders(http);
            return next(http);
        });
        return app;
    }

    public static IEndpointRouteBuilder MapRestApi(this IEndpointRouteBuilder app)
    {
        app.MapApiV1();
        app.MapApiReference();
        return app;
    }
}
