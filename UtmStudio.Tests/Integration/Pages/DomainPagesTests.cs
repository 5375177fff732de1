using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Account;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Email;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Subscription;
using UtmStudio.Features.Team;
using UtmStudio.Identity;
using UtmStudio.Tests.Components;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Pages;

/// <summary>
/// The real pages (team, settings with deletion, audit log, operator, invitation link) rendered with bUnit over
/// the app's services and a PostgreSQL test database as the app role: what a person would click through.
/// </summary>
public sealed class DomainPagesTests(TestDatabase database) : MudTestBase, IClassFixture<TestDatabase>
{
    private async Task<Guid> UserAsync(string email)
    {
        var result = await new UserAccountService(database.AppFactory, NullLogger<UserAccountService>.Instance)
            .SyncOnSignInAsync(new("https://issuer.test", email, email, email.Split('@')[0], EmailVerified: true), CancellationToken.None);
        return Assert.IsType<SignInSyncResult.Accepted>(result).UserId;
    }

    private void SignInWithAppServices(Guid userId, string email)
    {
        AddAuthorization().SetAuthorized(email).SetClaims(
            new Claim(AppClaims.UserId, userId.ToString()), new Claim(AppClaims.Email, email), new Claim(AppClaims.EmailVerified, "true"),
            new Claim(AppClaims.Operator, email == "op@ops.test" ? "true" : "false"));
        Services.AddAppFeaturesForTests(database, TimeProvider.System, new LogEmailSender(NullLogger<LogEmailSender>.Instance),
            subscription: new SubscriptionOptions { OperatorEmails = ["op@ops.test"] });
        Services.AddScoped<CurrentUser>();

        // The pages as a connected browser sees them (forms are inert while only prerendered).
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task A_manager_invites_revokes_deletes_a_domain_and_reads_the_audit_log()
    {
        var ada = await UserAsync("ada@smoke.test");
        SignInWithAppServices(ada, "ada@smoke.test");
        var domains = Services.GetRequiredService<DomainService>();
        await domains.CreateAsync(Person(ada), "smoke.test", CancellationToken.None);
        await domains.CreateAsync(Person(ada), "smoke-shop.test", CancellationToken.None);

        var host = Render(b =>
        {
            b.OpenComponent<MudDialogProvider>(0);
            b.CloseComponent();
            b.OpenComponent<TeamPage>(1);
            b.AddAttribute(2, nameof(TeamPage.Domain), "smoke.test");
            b.CloseComponent();
        });
        host.WaitForAssertion(() => Assert.Contains("ada@smoke.test", host.Find("[data-testid=member-email]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.NotNull(host.Find("[data-testid=invitations-empty]"));
        Assert.NotNull(host.Find("[data-testid=leave-blocked]"));
        await host.Find("input[data-testid=add-member-email]").InputAsync(new() { Value = "new@smoke.test" });
        await host.Find("[data-testid=add-member] form").SubmitAsync();
        host.WaitForAssertion(() => Assert.Contains("/invitations/", host.Find("[data-testid=invitation-link]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        host.WaitForAssertion(() => Assert.Equal("new@smoke.test", host.Find("[data-testid=invitation-email]").TextContent), TimeSpan.FromSeconds(10));

        _ = host.Find("[data-testid=invitation-revoke]").ClickAsync(new()); // completes when the dialog closes
        host.WaitForAssertion(() => host.Find("[data-testid=confirm-ok]"), TimeSpan.FromSeconds(5));
        await host.Find("[data-testid=confirm-ok]").ClickAsync(new());
        host.WaitForAssertion(() => Assert.NotNull(host.Find("[data-testid=invitations-empty]")), TimeSpan.FromSeconds(10));

        var settings = Render(b =>
        {
            b.OpenComponent<MudDialogProvider>(0);
            b.CloseComponent();
            b.OpenComponent<DomainSettingsPage>(1);
            b.AddAttribute(2, nameof(DomainSettingsPage.Domain), "smoke.test");
            b.CloseComponent();
        });
        settings.WaitForAssertion(() => Assert.Contains("Trial — ends", settings.Find("[data-testid=trial-ends]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.True(settings.Find("[data-testid=delete-domain]").HasAttribute("disabled"));

        var shop = Render(b =>
        {
            b.OpenComponent<MudDialogProvider>(0);
            b.CloseComponent();
            b.OpenComponent<DomainSettingsPage>(1);
            b.AddAttribute(2, nameof(DomainSettingsPage.Domain), "smoke-shop.test");
            b.CloseComponent();
        });
        shop.WaitForAssertion(() => Assert.False(shop.Find("[data-testid=delete-domain]").HasAttribute("disabled")), TimeSpan.FromSeconds(10));
        _ = shop.Find("[data-testid=delete-domain]").ClickAsync(new());
        shop.WaitForAssertion(() => shop.Find("input[data-testid=delete-domain-confirmation]"), TimeSpan.FromSeconds(5));
        await shop.Find("input[data-testid=delete-domain-confirmation]").InputAsync(new() { Value = "smoke-shop.test" });
        await shop.Find("#delete-domain-form").SubmitAsync();
        shop.WaitForAssertion(() => Assert.EndsWith("/dashboard", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.DoesNotContain((await domains.ListMineAsync(Person(ada), CancellationToken.None)), d => d.Name == "smoke-shop.test");

        var audit = Render(b =>
        {
            b.OpenComponent<AuditPage>(0);
            b.AddAttribute(1, nameof(AuditPage.Domain), "smoke.test");
            b.CloseComponent();
        });
        audit.WaitForAssertion(() => Assert.Contains(audit.FindAll("[data-testid=audit-what]"), e => e.TextContent.Contains("Revoked the invitation for new@smoke.test", StringComparison.Ordinal)), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_team_member_sees_the_team_read_only_and_no_audit_log()
    {
        var boss = await UserAsync("boss@member.test");
        var sam = await UserAsync("sam@member.test");
        SignInWithAppServices(sam, "sam@member.test");
        var domains = new DomainService(database.AppFactory, Microsoft.Extensions.Options.Options.Create(new SubscriptionOptions()), TimeProvider.System, new UtmStudio.Features.Tracking.Redirect.ShortLinkCache(Microsoft.Extensions.Options.Options.Create(new UtmStudio.Features.Tracking.TrackingOptions()), TimeProvider.System));
        await domains.CreateAsync(Person(sam), "sam-home.test", CancellationToken.None);
        await domains.CreateAsync(Person(boss), "member.test", CancellationToken.None);
        var invitation = (AddMemberResult.Invited)await Services.GetRequiredService<InvitationService>()
            .AddAsync(Person(boss), "member.test", "sam@member.test", MemberRole.TeamMember, CancellationToken.None);
        await Services.GetRequiredService<InvitationAcceptance>()
            .AcceptLinkAsync(Person(sam), invitation.Link[(invitation.Link.LastIndexOf('/') + 1)..], emailVerified: true, CancellationToken.None);

        var team = Render(b => { b.OpenComponent<TeamPage>(0); b.AddAttribute(1, nameof(TeamPage.Domain), "member.test"); b.CloseComponent(); });
        team.WaitForAssertion(() => Assert.Equal(2, team.FindAll("[data-testid=member-email]").Count), TimeSpan.FromSeconds(10));
        Assert.Empty(team.FindAll("[data-testid=add-member]"));
        Assert.Empty(team.FindAll("[data-testid=member-menu]"));
        Assert.NotNull(team.Find("[data-testid=leave-domain]"));

        var settings = Render(b => { b.OpenComponent<DomainSettingsPage>(0); b.AddAttribute(1, nameof(DomainSettingsPage.Domain), "member.test"); b.CloseComponent(); });
        settings.WaitForAssertion(() => Assert.NotNull(settings.Find("[data-testid=redirect-type-read-only]")), TimeSpan.FromSeconds(10));
        Assert.Empty(settings.FindAll("[data-testid=danger-zone]"));

        var audit = Render(b => { b.OpenComponent<AuditPage>(0); b.AddAttribute(1, nameof(AuditPage.Domain), "member.test"); b.CloseComponent(); });
        audit.WaitForAssertion(() => Assert.Contains("Only managers", audit.Find("[data-testid=audit-forbidden]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task The_operator_lists_domains_and_a_link_for_another_email_is_explained()
    {
        var op = await UserAsync("op@ops.test");
        SignInWithAppServices(op, "op@ops.test");
        var other = await UserAsync("boss@inv.test");
        await new DomainService(database.AppFactory, Microsoft.Extensions.Options.Options.Create(new SubscriptionOptions()), TimeProvider.System, new UtmStudio.Features.Tracking.Redirect.ShortLinkCache(Microsoft.Extensions.Options.Options.Create(new UtmStudio.Features.Tracking.TrackingOptions()), TimeProvider.System))
            .CreateAsync(Person(other), "inv.test", CancellationToken.None);
        var invited = (AddMemberResult.Invited)await Services.GetRequiredService<InvitationService>()
            .AddAsync(Person(other), "inv.test", "jane@inv.test", MemberRole.TeamMember, CancellationToken.None);

        var page = Render(b => { b.OpenComponent<OperatorPage>(0); b.CloseComponent(); });
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=operator-domain-name]"), e => e.TextContent == "inv.test"), TimeSpan.FromSeconds(10));

        var token = invited.Link[(invited.Link.LastIndexOf('/') + 1)..];
        var inv = Render(b => { b.OpenComponent<InvitationPage>(0); b.AddAttribute(1, nameof(InvitationPage.Token), token); b.CloseComponent(); });
        inv.WaitForAssertion(() => Assert.Contains("ja…@inv.test", inv.Find("[data-testid=invitation-other-email]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }
}
