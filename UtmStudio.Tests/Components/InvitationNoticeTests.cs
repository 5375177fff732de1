using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Team;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Components;

/// <summary>"Added without consent" (issue 6): an existing user who is invited is asked in the app, above their next page.</summary>
public sealed class InvitationNoticeTests : MudTestBase, IClassFixture<TestDatabase>
{
    /// <summary>Renders that wait for the database (its first use in a run starts a cluster).</summary>
    private static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(10);

    private readonly AppServices _app;

    public InvitationNoticeTests(TestDatabase database)
    {
        _app = new AppServices(database);
        AddAppServices(database);
    }

    [Fact]
    public async Task An_invited_user_sees_who_invited_them_where_and_as_what_and_accepting_joins_without_pinning()
    {
        var (carl, carlEmail, own) = await ExistingUserAsync();
        var (_, acme) = await InviteAsync(carlEmail, MemberRole.Manager);
        SignIn(carl, carlEmail);

        var notice = RenderInteractive<InvitationNotice>();

        notice.WaitForAssertion(() => Assert.Single(notice.FindAll("[data-testid=invitation-notice-item]")), DatabaseWait);
        var item = notice.Find("[data-testid=invitation-notice-item]");
        Assert.Contains($"boss@{acme} invited you to join {acme} as manager.", Normalize(item.QuerySelector("[data-testid=invitation-offer-text]")!.TextContent), StringComparison.Ordinal);
        Assert.Contains("The invitation expires on", item.TextContent, StringComparison.Ordinal);

        await notice.Find("[data-testid=accept-invitation]").ClickAsync(new());

        notice.WaitForAssertion(() => Assert.EndsWith($"/d/{acme}?joined=invitation", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal), DatabaseWait);
        var mine = await _app.Domains.ListMineAsync(Person(carl), AppServices.None);
        Assert.Equal([(acme, false), (own, true)], mine.Select(d => (d.Name, d.IsSignupDomain)).OrderBy(d => d.Item2));
        notice.WaitForAssertion(() => Assert.Empty(notice.FindAll("[data-testid=invitation-notice-item]")), DatabaseWait);
    }

    [Fact]
    public async Task Declining_from_the_notice_closes_the_invitation_and_the_notice()
    {
        var (carl, carlEmail, _) = await ExistingUserAsync();
        var (boss, acme) = await InviteAsync(carlEmail, MemberRole.TeamMember);
        SignIn(carl, carlEmail);
        var notice = RenderInteractive<InvitationNotice>();
        notice.WaitForAssertion(() => Assert.NotNull(notice.Find("[data-testid=decline-invitation]")), DatabaseWait);

        await notice.Find("[data-testid=decline-invitation]").ClickAsync(new());

        notice.WaitForAssertion(() => Assert.Empty(notice.FindAll("[data-testid=invitation-notice]")), DatabaseWait);
        Assert.DoesNotContain(await _app.Domains.ListMineAsync(Person(carl), AppServices.None), d => d.Name == acme);
        Assert.Equal(carlEmail, Assert.Single((await _app.Team.GetAsync(Person(boss), acme, AppServices.None)).DeclinedInvitations).Email);
    }

    [Fact]
    public async Task The_notice_stays_off_the_pages_that_offer_invitations_themselves_and_comes_back_on_the_next_page()
    {
        var (carl, carlEmail, _) = await ExistingUserAsync();
        await InviteAsync(carlEmail, MemberRole.TeamMember);
        SignIn(carl, carlEmail);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/welcome");

        var notice = RenderInteractive<InvitationNotice>();
        notice.WaitForState(() => notice.Instance.Invitations is not null);
        Assert.Empty(notice.FindAll("[data-testid=invitation-notice]"));

        navigation.NavigateTo("/dashboard");
        notice.WaitForAssertion(() => Assert.Single(notice.FindAll("[data-testid=invitation-notice-item]")), DatabaseWait);
    }

    [Fact]
    public async Task Nobody_invited_sees_no_notice()
    {
        var (carl, carlEmail, _) = await ExistingUserAsync();
        SignIn(carl, carlEmail);

        var notice = RenderInteractive<InvitationNotice>();

        notice.WaitForState(() => notice.Instance.Invitations is not null);
        Assert.Empty(notice.FindAll("[data-testid=invitation-notice]"));
    }

    /// <summary>Someone who already uses UtmStudio: signed up with a domain of their own.</summary>
    private async Task<(Guid Id, string Email, string Own)> ExistingUserAsync()
    {
        var own = Unique.Domain("carls");
        var email = Unique.Email("carl", own);
        return (await _app.SignUpAsync(email, own), email, own);
    }

    /// <summary>Another domain's manager (boss@…) invites the address.</summary>
    private async Task<(Guid Boss, string Domain)> InviteAsync(string email, MemberRole role)
    {
        var acme = Unique.Domain("acme");
        var boss = await _app.SignUpAsync(Unique.Email("boss", acme), acme);
        await _app.Invitations.AddAsync(Person(boss), acme, email, role, AppServices.None);
        return (boss, acme);
    }

    private void SignIn(Guid userId, string email) =>
        AddAuthorization().SetAuthorized(email).SetClaims(
            new Claim(AppClaims.UserId, userId.ToString()), new Claim(AppClaims.Email, email), new Claim(AppClaims.EmailVerified, "true"));

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
