using UtmStudio.Features.Domains.Verification;
using UtmStudio.Features.Subscription;

namespace UtmStudio.Features.Domains;

/// <summary>Domains: create, settings, delete (rules 1, 2 and 4, docs/rules.md), ownership verification, and the signed-in user's list of them.</summary>
public static class DomainsFeature
{
    public static IServiceCollection AddDomainsServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DomainService>();
        services.AddScoped<UserDomains>();
        services.AddDomainVerification(configuration);
        services.AddScoped<OperatorOwnershipService>();
        return services;
    }
}
