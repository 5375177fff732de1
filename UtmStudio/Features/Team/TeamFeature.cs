namespace UtmStudio.Features.Team;

/// <summary>Members, roles, invitations and access requests (rules 3 and 5, docs/rules.md).</summary>
public static class TeamFeature
{
    public static IServiceCollection AddTeamServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InvitationOptions>(configuration.GetSection(InvitationOptions.Section));
        services.AddScoped<TeamService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<InvitationAcceptance>();
        services.AddScoped<AccessRequestService>();
        return services;
    }
}
