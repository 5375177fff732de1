namespace UtmStudio.Features.Subscription;

/// <summary>Trial, active, inactive: the operator page and the job that ends trials.</summary>
public static class SubscriptionFeature
{
    public static IServiceCollection AddSubscriptionServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SubscriptionOptions>(configuration.GetSection(SubscriptionOptions.Section));
        services.AddScoped<OperatorService>();
        services.AddSingleton<TrialExpiry>();
        services.AddHostedService<TrialExpiryJob>();
        return services;
    }
}
