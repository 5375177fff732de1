using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using UtmStudio.Features;
using UtmStudio.Features.Email;
using UtmStudio.Features.Subscription;
using UtmStudio.Identity;
using static UtmStudio.Tests.Infrastructure.Services.Callers;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Registration;

/// <summary>The features register their own services, and the tests use exactly those registrations.</summary>
public sealed class AppFeaturesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly Type[] FeatureServices = typeof(AppFeatures).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true }
            && t.Namespace?.StartsWith("UtmStudio.Features.", StringComparison.Ordinal) == true
            && (t.Name.EndsWith("Service", StringComparison.Ordinal) || t.Name is "InvitationAcceptance" or "TrialExpiry" or "UserDomains"))
        .ToArray();

    [Fact]
    public void Every_feature_service_is_registered_by_its_feature()
    {
        var registered = new ServiceCollection().AddFeatureServices(new ConfigurationBuilder().Build()).Select(d => d.ServiceType).ToHashSet();

        Assert.NotEmpty(FeatureServices);
        Assert.All(FeatureServices, type => Assert.Contains(type, registered));
        Assert.Contains(typeof(IHostedService), registered); // the trial expiry job, for the app
    }

    [Fact]
    public async Task The_test_provider_builds_every_feature_service_with_only_the_environment_replaced()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var email = new RecordingEmailSender();
        var services = new ServiceCollection()
            .AddAppFeaturesForTests(database, clock, email)
            .AddScoped<CurrentUser>() // what the identity host provides
            .AddScoped<AuthenticationStateProvider, Visitor>();

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();

        // Resolving builds each service's whole dependency chain (circuit-only helpers such as LastDomain need the Blazor host).
        Assert.All(FeatureServices, type => Assert.NotNull(scope.ServiceProvider.GetRequiredService(type)));
        Assert.Same(clock, scope.ServiceProvider.GetRequiredService<TimeProvider>());
        Assert.Same(email, scope.ServiceProvider.GetRequiredService<IEmailSender>());
        Assert.Same(database.AppFactory, scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.AppDbContext>>());
        Assert.Empty(scope.ServiceProvider.GetServices<IHostedService>()); // tests run jobs themselves
    }

    [Fact]
    public async Task App_services_move_with_the_test_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var app = new AppServices(database, clock);
        var name = Unique.Domain("clock");
        var ada = await app.SignUpAsync(Unique.Email("ada", name), name);

        clock.Advance(TimeSpan.FromDays(new SubscriptionOptions().TrialDays + 1));

        var settings = await app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None);
        Assert.Equal(Data.Entities.SubscriptionStatus.Inactive, settings.Status);
    }

    private sealed class Visitor : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(new ClaimsPrincipal()));
    }
}
