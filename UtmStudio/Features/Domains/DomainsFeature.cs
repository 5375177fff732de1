using UtmStudio.Features.Domains.Verification;
using UtmStudio.Features.Email;
using UtmStudio.Features.Subscription;
using UtmStudio.Features.Team;

namespace UtmStudio.Features.Domains;

/// <summary>Domains, sign-up, teams, subscriptions and the audit log: business rules 1–5.</summary>
public static class DomainsFeature
{
    public static WebApplicationBuilder AddDomainsFeature(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<SubscriptionOptions>(builder.Configuration.GetSection(SubscriptionOptions.Section));
        builder.Services.Configure<InvitationOptions>(builder.Configuration.GetSection(InvitationOptions.Section));
        builder.AddEmailFeature();
        builder.Services.AddScoped<DomainService>();
        builder.Services.AddScoped<TeamService>();
        builder.Services.AddScoped<InvitationService>();
        builder.Services.AddScoped<InvitationAcceptance>();
        builder.Services.AddScoped<AccessRequestService>();
        builder.Services.AddScoped<OperatorService>();
        builder.Services.AddScoped<Audit.AuditService>();
        builder.Services.AddScoped<UserDomains>();
        builder.Services.AddSingleton<TrialExpiry>();
        builder.Services.AddHostedService<TrialExpiryJob>();
        builder.Services.AddDomainVerification(builder.Configuration);
        builder.Services.AddScoped<OperatorOwnershipService>();
        return builder;
    }
}
