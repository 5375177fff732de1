using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Features;
using UtmStudio.Features.Account;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Conventions.Settings;
using UtmStudio.Features.Links.Lists;
using UtmStudio.Features.Links.Bulk;
using UtmStudio.Features.Links.Templates;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Email;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Subscription;
using UtmStudio.Features.Team;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Infrastructure.Services;

/// <summary>
/// The application's services as the app registers them (<see cref="AppFeatures"/>), connected as the app role
/// to a test database, with a recording email sender and a clock the test may move. Also creates people the
/// way sign-in does.
/// </summary>
public sealed class AppServices(TestDatabase database, TimeProvider? time = null, SubscriptionOptions? subscription = null)
{
    public const string Issuer = "https://clerk.example.test";

    public static readonly Uri BaseUri = new("https://utmstudio.test/");

    public static readonly CancellationToken None = CancellationToken.None;

    private IServiceProvider? _services;

    public TimeProvider Time { get; } = time ?? TimeProvider.System;

    public RecordingEmailSender Email { get; } = new();

    public SubscriptionOptions SubscriptionOptions { get; } = subscription ?? new SubscriptionOptions();

    public PublicUrl PublicUrl { get; } = new(BaseUri);

    /// <summary>Built on first use from the app's own registrations (the database fixture is ready by then).</summary>
    public IServiceProvider Services => _services ??= TestServices.Build(database, Time, Email, PublicUrl, SubscriptionOptions);

    public DomainService Domains => Services.GetRequiredService<DomainService>();

    public TeamService Team => Services.GetRequiredService<TeamService>();

    public InvitationService Invitations => Services.GetRequiredService<InvitationService>();

    public InvitationAcceptance Acceptance => Services.GetRequiredService<InvitationAcceptance>();

    public AccessRequestService AccessRequests => Services.GetRequiredService<AccessRequestService>();

    public CampaignService Campaigns => Services.GetRequiredService<CampaignService>();

    public CampaignBoardService Board => Services.GetRequiredService<CampaignBoardService>();

    public LinkService Links => Services.GetRequiredService<LinkService>();

    public LinkBuilderService LinkBuilder => Services.GetRequiredService<LinkBuilderService>();

    public LinkTemplateService LinkTemplates => Services.GetRequiredService<LinkTemplateService>();

    public LinkConventionsService LinkConventions => Services.GetRequiredService<LinkConventionsService>();

    public LinkListService LinkLists => Services.GetRequiredService<LinkListService>();

    public LinkBulkService LinkBulk => Services.GetRequiredService<LinkBulkService>();

    public AuditService Audit => Services.GetRequiredService<AuditService>();

    public OperatorService Operators => Services.GetRequiredService<OperatorService>();

    public TrialExpiry TrialExpiry => Services.GetRequiredService<TrialExpiry>();

    public UserAccountService Accounts => Services.GetRequiredService<UserAccountService>();

    /// <summary>A first sign-in with this email: the user exists and belongs to no domain yet.</summary>
    public async Task<Guid> SignInAsync(string email, string? name = null)
    {
        var result = await Accounts.SyncOnSignInAsync(new ExternalIdentity(Issuer, "sub-" + email, email, name, EmailVerified: true), None);
        return Assert.IsType<SignInSyncResult.Accepted>(result).UserId;
    }

    /// <summary>A new user who signs up with a new domain, and so manages it.</summary>
    public async Task<Guid> SignUpAsync(string email, string domainName)
    {
        var userId = await SignInAsync(email);
        await Domains.CreateAsync(Person(userId), domainName, None);
        return userId;
    }

    /// <summary>A new user whom a manager of the domain invites, and who accepts by opening the link.</summary>
    public async Task<Guid> AddMemberAsync(Guid managerId, string domainName, string email, MemberRole role = MemberRole.TeamMember)
    {
        var userId = await SignInAsync(email);
        var invited = Assert.IsType<AddMemberResult.Invited>(await Invitations.AddAsync(Person(managerId), domainName, email, role, None));
        var token = invited.Link[(invited.Link.LastIndexOf('/') + 1)..];
        Assert.IsType<InvitationOutcome.Joined>(await Acceptance.AcceptLinkAsync(Person(userId), token, emailVerified: true, None));
        return userId;
    }
}

/// <summary>
/// The app's feature registrations for tests. Only what a test environment must replace is replaced: the
/// database (the test database, as the app role), the clock, the email sender, the public address, the
/// subscription settings when a test gives its own; and background jobs do not run (tests call them).
/// </summary>
public static class TestServices
{
    public static IServiceCollection AddAppFeaturesForTests(this IServiceCollection services, TestDatabase database,
        TimeProvider time, IEmailSender email, PublicUrl? publicUrl = null, SubscriptionOptions? subscription = null)
    {
        services.AddLogging();
        services.AddFeatureServices(new ConfigurationBuilder().Build());
        services.RemoveAll<IHostedService>();
        services.Replace(ServiceDescriptor.Singleton<IDbContextFactory<AppDbContext>>(_ => database.AppFactory));
        services.Replace(ServiceDescriptor.Singleton(_ => UtmStudio.Data.Tenancy.AppDataSource.Create(database.AppConnectionString)));
        services.Replace(ServiceDescriptor.Singleton(time));
        services.Replace(ServiceDescriptor.Singleton(email));
        services.Replace(ServiceDescriptor.Singleton(publicUrl ?? new PublicUrl(AppServices.BaseUri)));
        if (subscription is not null)
        {
            services.AddSingleton(Options.Create(subscription));
        }

        return services;
    }

    public static IServiceProvider Build(TestDatabase database, TimeProvider time, IEmailSender email, PublicUrl publicUrl, SubscriptionOptions subscription) =>
        new ServiceCollection().AddAppFeaturesForTests(database, time, email, publicUrl, subscription).BuildServiceProvider();
}
