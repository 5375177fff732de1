using UtmStudio.Features.Tracking.Maintenance;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Features.Tracking.Redirect;

namespace UtmStudio.Features.Tracking;

/// <summary>Short links, the redirect and click recording.</summary>
public static class TrackingFeature
{
    public static IServiceCollection AddTrackingServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TrackingOptions>(configuration.GetSection(TrackingOptions.Section));
        services.AddSingleton<ShortLinkUrls>();
        services.AddSingleton<ShortLinkCache>();
        services.AddSingleton<ShortLinkLookup>();
        services.AddSingleton<ClickQueue>();
        services.AddSingleton<ClickWritePacing>();
        services.AddSingleton<ClickBatchWriter>();
        services.AddSingleton<VisitorSalts>();
        services.AddSingleton<ClickWriterService>();
        services.AddHostedService(sp => sp.GetRequiredService<ClickWriterService>());
        services.AddSingleton<ClickMaintenanceService>();
        services.AddHostedService(sp => sp.GetRequiredService<ClickMaintenanceService>());
        return services;
    }

    /// <summary>Early in the pipeline: after the security headers, before error pages, authentication and Blazor.</summary>
    public static IApplicationBuilder UseShortLinks(this IApplicationBuilder app) => app.UseMiddleware<ShortLinkMiddleware>();
}
