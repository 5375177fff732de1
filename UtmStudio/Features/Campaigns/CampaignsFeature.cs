namespace UtmStudio.Features.Campaigns;

/// <summary>Campaigns and their board (rule 6, docs/rules.md#r6).</summary>
public static class CampaignsFeature
{
    public static IServiceCollection AddCampaignsServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CampaignService>();
        services.AddScoped<CampaignBoardService>();
        return services;
    }
}
