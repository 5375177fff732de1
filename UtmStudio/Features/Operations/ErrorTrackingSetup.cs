namespace UtmStudio.Features.Operations;

/// <summary>Sentry error and performance monitoring: off without a DSN, and never sends personal data.</summary>
public static class ErrorTrackingSetup
{
    public static WebApplicationBuilder AddErrorTracking(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseSentry(options =>
        {
            options.Dsn = builder.Configuration["Sentry:Dsn"] ?? string.Empty;
            options.SendDefaultPii = false;

            // Information logs can carry emails (e.g. invitations written to the log); keep them off Sentry.
            options.MinimumBreadcrumbLevel = LogLevel.Warning;
            options.TracesSampleRate = builder.Configuration.GetValue<double?>("Sentry:TracesSampleRate") ?? 0.1;
            options.Environment = builder.Environment.EnvironmentName;
        });
        return builder;
    }
}
