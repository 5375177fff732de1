namespace UtmStudio.Features.Domains.Verification;

/// <summary>Domain ownership: DNS look-ups, the on-demand check and the background check.</summary>
public static class VerificationFeature
{
    public static IServiceCollection AddDomainVerification(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DnsOptions>(configuration.GetSection(DnsOptions.Section));
        services.AddSingleton<DnsTxtVerifier>();
        services.AddScoped<DomainVerificationService>();
        services.AddSingleton<DomainVerificationSweep>();
        services.AddHostedService<DomainVerificationJob>();
        return services;
    }
}
