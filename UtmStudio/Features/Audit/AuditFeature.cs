namespace UtmStudio.Features.Audit;

/// <summary>Reading a domain's audit trail (entries are written by each feature through AuditTrail).</summary>
public static class AuditFeature
{
    public static IServiceCollection AddAuditServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AuditService>();
        return services;
    }
}
