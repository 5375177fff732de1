namespace UtmStudio.Features.Account;

/// <summary>Users as sign-in creates and updates them, and the profile.</summary>
public static class AccountFeature
{
    public static IServiceCollection AddAccountServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<UserAccountService>();
        services.AddScoped<DeletedDomains>();
        return services;
    }
}
