using UtmStudio.Features.Api.Keys;

namespace UtmStudio.Features.Api;

/// <summary>The REST API's services (its keys); the HTTP side (authentication, limits, endpoints) is in ApiSetup.</summary>
public static class ApiFeature
{
    public static IServiceCollection AddApiServices(this IServiceCollection services)
    {
        services.AddScoped<ApiKeyService>();
        return services;
    }
}
