using System.Security.Claims;
using Bunit;
using Bunit.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Team;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Components;

/// <summary>The domain home and settings pages, read as a new manager and as a new team member: each is told what is
/// true for them (a member has no danger zone; nobody who only accepted an invitation is told they signed up).</summary>
public sealed class DomainPagesWordingTests : MudTestBase, IClassFixture<TestDatabase>
{
    private readonly TestDatabase _database;

    public DomainPagesWordingTests(TestDatabase database)
    {
        _database = database;
        AddAppServices(database);
    }

    [Fact]
    public async Task A_team_member_is_not_promised_a_danger_zone_or_deletion()
    {
        await ManagerAndMemberAsync("wording-member.test", signInAsManager: false);

        var home = RenderPage<DomainHomePage>("wording-member.test");
        home.WaitForAssertion(() => Assert.NotNull(home.Find("[data-testid=settings-summary]")), TimeSpan.FromSeconds(10));
        var settings = RenderPage<DomainSettingsPage>("wording-member.test");
        settings.WaitForAssertion(() => Assert.NotNull(settings.Find("[data-testid=settings]")), TimeSpan.FromSeconds(10));

        foreach (var text in new[] { home.Markup, settings.Find("[data-testid=settings-subtitle]").TextContent })
        {
            Assert.DoesNotContain("danger", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("delet", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Managers change them", home.Find("[data-testid=settings-summary]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Its managers change these settings", settings.Find("[data-testid=settings-subtitle]").TextContent, StringComparison.Ordinal);
        Assert.Empty(settings.FindAll("[data-testid=danger-zone]"));
        Assert.Empty(settings.FindAll("[data-testid=api-keys]")); // API keys are a manager's
    }

    [Fact]
    public async Task A_manager_is_told_about_deleting_and_why_a_home_domain_stays()
    {
        await ManagerAndMemberAsync("wording-manager.test", signInAsManager: true);

        var home = RenderPage<DomainHomePage>("wording-manager.test");
        home.WaitForAssertion(() => Assert.Contains("deleting the domain", home.Find("[data-testid=settings-summary]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        var settings = RenderPage<DomainSettingsPage>("wording-manager.test");
        settings.WaitForAssertion(() => Assert.NotNull(settings.Find("[data-testid=delete-blocked]")), TimeSpan.FromSeconds(10));

        var blocked = settings.Find("[data-testid=delete-blocked]").TextContent;
        Assert.Contains("wording-manager.test is your home domain", blocked, StringComparison.Ordinal);
        Assert.DoesNotContain("signed up", blocked, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("deleting it", settings.Find("[data-testid=settings-subtitle]").TextContent, StringComparison.Ordinal);
        settings.WaitForAssertion(() => Assert.NotNull(settings.Find("[data-testid=api-keys-empty]")), TimeSpan.FromSeconds(10));
    }

    /// <summary>Mona creates the domain; Milo, who has a home domain of his own, asks to join and she approves.</summary>
    private async Task ManagerAndMemberAsync(string domain, bool signInAsManager)
    {
        var managerId = await _database.CreateUserAsync($"mona@{domain}");
        var memberId = await _database.CreateUserAsync($"milo@{domain}");
        SignIn(signInAsManager ? managerId : memberId, signInAsManager ? $"mona@{domain}" : $"milo@{domain}");
        var manager = new Caller.User(managerId);
        var member = new Caller.User(memberId);
        using var scope = Services.CreateScope();
        var domains = scope.ServiceProvider.GetRequiredService<DomainService>();
        var requests = scope.ServiceProvider.GetRequiredService<AccessRequestService>();
        await domains.CreateAsync(manager, domain, CancellationToken.None);
        await domains.CreateAsync(member, "home-" + domain, CancellationToken.None);
        var request = await requests.RequestAsync(member, domain, CancellationToken.None);
        await requests.DecideAsync(manager, domain, request.Id, approve: true, CancellationToken.None);
    }

    private void SignIn(Guid userId, string email)
    {
        AddAuthorization().SetAuthorized(email).SetClaims(
            new Claim(AppClaims.UserId, userId.ToString()), new Claim(AppClaims.Email, email), new Claim(AppClaims.EmailVerified, "true"));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<ContainerFragment> RenderPage<TPage>(string domain)
        where TPage : IComponent => Render(b =>
        {
            b.OpenComponent<MudDialogProvider>(0);
            b.CloseComponent();
            b.OpenComponent<TPage>(1);
            b.AddAttribute(2, "Domain", domain);
            b.CloseComponent();
        });
}
