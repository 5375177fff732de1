namespace UtmStudio.Features.Analytics;

/// <summary>Analytics of domains, campaigns and links, read from the click rollups.</summary>
public static class AnalyticsFeature
{
    public static IServiceCollection AddAnalyticsServices(this IServiceCollection services)
    {
        services.AddScoped<AnalyticsService>();
        return services;
    }
}
