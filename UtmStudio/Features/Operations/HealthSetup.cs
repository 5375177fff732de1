using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Features.Tracking.Redirect;

namespace UtmStudio.Features.Operations;

/// <summary>
/// /health/live answers while the process runs; /health/ready also needs the database, and reports click recording
/// (Degraded with the counts once clicks were dropped). Both answer JSON with each check's status and figures.
/// </summary>
public static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<ClickRecordingHealthCheck>("click-recording", tags: [ReadyTag])
            .AddCheck<ShortLinkCacheHealthCheck>("short-link-cache", tags: [ReadyTag]);
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportJson.WriteAsync })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportJson.WriteAsync,
        }).AllowAnonymous();
        return app;
    }
}
