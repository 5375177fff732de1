using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using UtmStudio.Components.Pages;
using UtmStudio.Features.Onboarding;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Components;

/// <summary>Rule 3's gate as the circuit runs it: a page that opens without a domain stays, any other goes to /welcome.</summary>
public sealed class OnboardingGateTests : MudTestBase, IClassFixture<TestDatabase>
{
    /// <summary>Renders that wait for the database (its first use in a run starts a cluster).</summary>
    private static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(10);

    private const string UnknownAddress = "/this/page/does/not/exist";

    private readonly TestDatabase _database;

    public OnboardingGateTests(TestDatabase database)
    {
        _database = database;
        AddAppServices(database);
    }

    [Fact]
    public async Task The_not_found_page_stays_at_the_unknown_address_for_someone_without_a_domain()
    {
        var navigation = await SignInWithoutDomainAtUnknownAddressAsync("nora@acme.test");

        // The router shows the not-found page there; the address is not /not-found (only the prerender sees that).
        var gate = RenderGate(typeof(NotFound));

        gate.WaitForAssertion(() => Assert.Contains("Page body", gate.Markup, StringComparison.Ordinal), DatabaseWait);
        Assert.EndsWith(UnknownAddress, navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_other_page_sends_someone_without_a_domain_to_the_welcome_page()
    {
        var navigation = await SignInWithoutDomainAtUnknownAddressAsync("otto@acme.test");

        var gate = RenderGate(typeof(Landing));

        gate.WaitForAssertion(() => Assert.EndsWith("/welcome", navigation.Uri, StringComparison.Ordinal), DatabaseWait);
    }

    private async Task<NavigationManager> SignInWithoutDomainAtUnknownAddressAsync(string email)
    {
        var userId = await _database.CreateUserAsync(email);
        AddAuthorization().SetAuthorized(email).SetClaims(
            new Claim(AppClaims.UserId, userId.ToString()), new Claim(AppClaims.Email, email));
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(UnknownAddress);
        return navigation;
    }

    private IRenderedComponent<OnboardingGate> RenderGate(Type page) =>
        RenderInteractive<OnboardingGate>(p => p
            .AddCascadingValue(new RouteData(page, new Dictionary<string, object?>()))
            .AddChildContent("Page body"));
}
