namespace UtmStudio.Features.Shared;

public static class SharedFeature
{
    /// <summary>What every feature relies on: the clock and how errors are answered (the public address is the host's: see AppFeatures).</summary>
    public static IServiceCollection AddSharedServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddErrorResponses();
        return services;
    }
}
