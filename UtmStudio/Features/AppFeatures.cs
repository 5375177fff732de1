using UtmStudio.Features.Account;
using UtmStudio.Features.Analytics;
using UtmStudio.Features.Api;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Demo;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Email;
using UtmStudio.Features.Links;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Subscription;
using UtmStudio.Features.Team;
using UtmStudio.Features.Tracking;

namespace UtmStudio.Features;

/// <summary>
/// The features, each registering its own services. This is the only list of them: Program.cs calls
/// <see cref="AddAppFeatures"/>, and the tests build their service provider from <see cref="AddFeatureServices"/>
/// (replacing only the database, the clock, the email sender and the public address). A new feature adds its
/// AddXxxServices here.
/// </summary>
public static class AppFeatures
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services, IConfiguration configuration) => services
        .AddSharedServices(configuration)
        .AddEmailServices(configuration)
        .AddAccountServices(configuration)
        .AddDomainsServices(configuration)
        .AddTeamServices(configuration)
        .AddCampaignsServices(configuration)
        .AddLinksServices()
        .AddTrackingServices(configuration)
        .AddAnalyticsServices()
        .AddDemoServices(configuration)
        .AddSubscriptionServices(configuration)
        .AddAuditServices(configuration)
        .AddApiServices();

    /// <summary>The features plus what only the running host knows: the public address (App:PublicUrl, or the listening one in Development).</summary>
    public static WebApplicationBuilder AddAppFeatures(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(PublicUrl.Resolve(builder.Configuration, builder.Environment));
        builder.Services.AddFeatureServices(builder.Configuration);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Services.PostConfigure<DemoDataOptions>(o => o.Enabled = false); // demo data is for ./run.sh only
        }

        return builder;
    }
}
