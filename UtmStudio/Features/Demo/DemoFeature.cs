namespace UtmStudio.Features.Demo;

/// <summary>Whether ./run.sh --demo asked for demo data (UTMSTUDIO_DEMO_DATA=true); never outside Development.</summary>
public sealed class DemoDataOptions
{
    public bool Enabled { get; set; }
}

/// <summary>Demo data for ./run.sh --demo.</summary>
public static class DemoFeature
{
    public static IServiceCollection AddDemoServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DemoDataOptions>(o => o.Enabled = configuration.GetValue<bool>("UTMSTUDIO_DEMO_DATA"));
        services.AddScoped<DemoData>();
        return services;
    }
}
