using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Onboarding;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Components;

/// <summary>
/// The invitation trap (issue 6): a newcomer whose email was invited is offered the invitation on the welcome
/// page next to setting up their own domain and asking to join one, and the page says only what it offers.
/// </summary>
public sealed class WelcomePageTests : MudTestBase, IClassFixture<TestDatabase>
{
    /// <summary>Renders that wait for the database (its first use in a run starts a cluster).</summary>
    private static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(10);

    private readonly AppServices _app;

    public WelcomePageTests(TestDatabase database)
    {
        _app = new AppServices(database);
        AddAppServices(database);
    }

    [Fact]
    public async Task An_invited_newcomer_is_offered_the_invitation_beside_the_other_ways_in_and_can_decline_and_set_up_their_own()
    {
        var acme = Unique.Domain("acme");
        var boss = await _app.SignUpAsync(Unique.Email("boss", acme), acme);
        var own = Unique.Domain("own");
        var email = Unique.Email("nina", own);
        await _app.Invitations.AddAsync(Person(boss), acme, email, MemberRole.TeamMember, AppServices.None);
        var nina = await SignInAsync(email);

        var page = RenderInteractive<WelcomePage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=welcome-invitations]")), DatabaseWait);
        Assert.Contains("Accept an invitation below, set up your company's domain, or ask to join your team's.",
            Text(page, "welcome-intro"), StringComparison.Ordinal);
        Assert.Contains($"invited you to join {acme} as team member.", Text(page, "invitation-offer-text"), StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=create-domain]"));
        Assert.NotNull(page.Find("[data-testid=join-domain-submit]"));

        await page.Find("[data-testid=decline-invitation]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=welcome-invitations]")), DatabaseWait);
        Assert.DoesNotContain("invitation", Text(page, "welcome-intro"), StringComparison.Ordinal);
        await page.Find("form").SubmitAsync(); // the suggested name: the company domain of her email
        page.WaitForAssertion(() => Assert.EndsWith($"/d/{own}?joined=created", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal), DatabaseWait);
        var mine = Assert.Single(await _app.Domains.ListMineAsync(Person(nina), AppServices.None));
        Assert.Equal((own, true), (mine.Name, mine.IsSignupDomain));
    }

    [Fact]
    public async Task Accepting_an_invitation_on_the_welcome_page_enters_the_domain_and_makes_it_the_home_domain()
    {
        var acme = Unique.Domain("acme");
        var boss = await _app.SignUpAsync(Unique.Email("boss", acme), acme);
        var email = Unique.Email("nina", acme);
        await _app.Invitations.AddAsync(Person(boss), acme, email, MemberRole.Manager, AppServices.None);
        var nina = await SignInAsync(email);
        var page = RenderInteractive<WelcomePage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=accept-invitation]")), DatabaseWait);

        await page.Find("[data-testid=accept-invitation]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.EndsWith($"/d/{acme}?joined=invitation", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal), DatabaseWait);
        var mine = Assert.Single(await _app.Domains.ListMineAsync(Person(nina), AppServices.None));
        Assert.Equal((acme, MemberRole.Manager, true), (mine.Name, mine.Role, mine.IsSignupDomain));
    }

    [Fact]
    public async Task Without_invitations_the_page_offers_and_says_set_up_or_ask_to_join_and_asking_works()
    {
        var acme = Unique.Domain("acme");
        await _app.SignUpAsync(Unique.Email("boss", acme), acme);
        await SignInAsync(Unique.Email("nina", Unique.Domain("own")));
        var page = RenderInteractive<WelcomePage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=join-domain-input]")), DatabaseWait);

        Assert.Contains("Set up your company's domain, or ask to join your team's if it already uses UtmStudio.",
            Text(page, "welcome-intro"), StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=welcome-invitations]"));
        page.Find("input[data-testid=join-domain-input]").Input(acme.ToUpperInvariant());
        await page.Find("[data-testid=welcome-join] form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains(acme, Text(page, "pending-request"), StringComparison.Ordinal), DatabaseWait);
    }

    private async Task<Guid> SignInAsync(string email)
    {
        var userId = await _app.SignInAsync(email);
        AddAuthorization().SetAuthorized(email).SetClaims(
            new Claim(AppClaims.UserId, userId.ToString()), new Claim(AppClaims.Email, email), new Claim(AppClaims.EmailVerified, "true"));
        return userId;
    }

    /// <summary>An element's text with its whitespace as a reader sees it.</summary>
    private static string Text(IRenderedComponent<WelcomePage> page, string testId) =>
        string.Join(' ', page.Find($"[data-testid={testId}]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
