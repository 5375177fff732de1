using Bunit;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Team;

namespace UtmStudio.Tests.Components;

public sealed class TeamPageViewTests : MudTestBase
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    private static readonly TeamMember Manager = new(Guid.NewGuid(), "ada@acme.test", "Ada Lovelace", MemberRole.Manager, Now.AddDays(-30), IsYou: true);
    private static readonly TeamMember Marketer = new(Guid.NewGuid(), "grace@acme.test", null, MemberRole.TeamMember, Now.AddDays(-3), IsYou: false);

    [Fact]
    public void A_manager_with_nothing_pending_sees_the_members_the_add_form_and_empty_states()
    {
        var page = RenderView(Team(canManage: true));

        Assert.Equal(2, page.FindAll("[data-testid=member-email]").Count);
        Assert.Equal("(2)", page.Find("[data-testid=member-count]").TextContent);
        Assert.Single(page.FindAll("[data-testid=member-you]"));
        Assert.Contains("grace@acme.test", page.FindAll("[data-testid=member-name]")[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=add-member]"));
        Assert.Contains("No pending invitations", page.Find("[data-testid=invitations-empty]").TextContent, StringComparison.Ordinal);
        Assert.Contains("No one is waiting", page.Find("[data-testid=access-requests-empty]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=invitations-table]"));
        Assert.Empty(page.FindAll("[data-testid=access-requests-table]"));
        Assert.Single(page.FindAll("[data-testid=member-menu]")); // not on your own row
        Assert.Empty(page.FindAll("[data-testid=team-read-only]"));
    }

    [Fact]
    public void A_manager_sees_pending_invitations_and_access_requests_with_their_actions()
    {
        var invitations = new[]
        {
            new PendingInvitation(Guid.NewGuid(), "jane@acme.test", MemberRole.TeamMember, "https://app.test/invitations/abc",
                Now.AddDays(6), Now.AddDays(-1), IsExpired: false),
            new PendingInvitation(Guid.NewGuid(), "old@acme.test", MemberRole.Manager, "https://app.test/invitations/def",
                Now.AddDays(-2), Now.AddDays(-9), IsExpired: true),
        };
        var request = new PendingAccessRequest(Guid.NewGuid(), Guid.NewGuid(), "bob@acme.test", "Bob Builder", Now.AddHours(-5));

        var page = RenderView(Team(canManage: true, invitations: invitations, requests: [request]));

        Assert.Empty(page.FindAll("[data-testid=invitations-empty]"));
        Assert.Empty(page.FindAll("[data-testid=access-requests-empty]"));
        Assert.Equal(["jane@acme.test", "old@acme.test"], page.FindAll("[data-testid=invitation-email]").Select(e => e.TextContent));
        Assert.Single(page.FindAll("[data-testid=invitation-expired]"));
        Assert.Equal(2, page.FindAll("[data-testid=invitation-copy]").Count);
        Assert.Equal(2, page.FindAll("[data-testid=invitation-resend]").Count);
        Assert.Equal(2, page.FindAll("[data-testid=invitation-revoke]").Count);
        Assert.Equal("bob@acme.test", page.Find("[data-testid=access-request-email]").TextContent);
        Assert.Equal("Bob Builder", page.Find("[data-testid=access-request-name]").TextContent);
        Assert.NotNull(page.Find("[data-testid=access-request-approve]"));
        Assert.NotNull(page.Find("[data-testid=access-request-decline]"));
    }

    [Fact]
    public async Task Copying_an_invitation_link_puts_it_on_the_clipboard()
    {
        var invitation = new PendingInvitation(Guid.NewGuid(), "jane@acme.test", MemberRole.TeamMember,
            "https://app.test/invitations/abc", Now.AddDays(6), Now, IsExpired: false);
        var page = RenderView(Team(canManage: true, invitations: [invitation]));

        await page.Find("[data-testid=invitation-copy]").ClickAsync(new());

        Assert.Equal("https://app.test/invitations/abc", JSInterop.VerifyInvoke("utmStudio.clipboard.copy").Arguments[0]);
    }

    [Fact]
    public void A_team_member_sees_a_read_only_list_and_can_leave()
    {
        var page = RenderView(Team(canManage: false));

        Assert.Equal(2, page.FindAll("[data-testid=member-email]").Count);
        Assert.Empty(page.FindAll("[data-testid=add-member]"));
        Assert.Empty(page.FindAll("[data-testid=member-menu]"));
        Assert.Empty(page.FindAll("[data-testid=invitations]"));
        Assert.Empty(page.FindAll("[data-testid=access-requests]"));
        Assert.NotNull(page.Find("[data-testid=leave-domain]"));
    }

    [Fact]
    public void The_sign_up_domain_cannot_be_left()
    {
        var page = RenderView(Team(canManage: false), isSignupDomain: true);

        Assert.Empty(page.FindAll("[data-testid=leave-domain]"));
        var blocked = page.Find("[data-testid=leave-blocked]").TextContent;
        Assert.Contains("acme.test is your home domain", blocked, StringComparison.Ordinal);
        // True for whoever reads it: the home domain may have been accepted from an invitation, not signed up with.
        Assert.DoesNotContain("signed up", blocked, StringComparison.Ordinal);
    }

    [Fact]
    public void Declined_invitations_leave_the_pending_list_and_show_as_declined_with_the_address_only()
    {
        var page = RenderView(Team(canManage: true, declined: [new DeclinedInvitation("jane@elsewhere.test", Now.AddDays(-2))]));

        Assert.NotNull(page.Find("[data-testid=invitations-empty]"));
        var declined = Assert.Single(page.FindAll("[data-testid=invitation-declined]"));
        Assert.Equal("jane@elsewhere.test", declined.QuerySelector("[data-testid=invitation-declined-email]")!.TextContent);
        Assert.Contains("declined on 29 Nov 2026", declined.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_people_promises_an_invitation_for_everyone_not_an_instant_join()
    {
        var page = RenderView(Team(canManage: true));

        var intro = page.Find("[data-testid=add-member]").TextContent;
        Assert.Contains("Everyone you add gets an invitation", intro, StringComparison.Ordinal);
        Assert.DoesNotContain("joins at once", intro, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_only_domain_says_so_and_disables_adding_people()
    {
        var page = RenderView(Team(canManage: true, readOnly: true));

        Assert.Contains("read-only", page.Find("[data-testid=team-read-only]").TextContent, StringComparison.Ordinal);
        Assert.True(page.Find("[data-testid=add-member-submit]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Without_a_mail_server_the_manager_is_told_to_send_the_link_themselves()
    {
        var page = RenderInteractive<TeamPageView>(p => p
            .Add(v => v.View, Team(canManage: true))
            .Add(v => v.EmailIsLogged, true)
            .Add(v => v.OnAdd, (email, _) => Task.FromResult<AddMemberResult?>(
                new AddMemberResult.Invited(email, "https://app.test/invitations/xyz", Now.AddDays(7)))));

        page.Find("input[data-testid=add-member-email]").Input("jane@acme.test");
        await page.Find("form").SubmitAsync();

        var created = page.Find("[data-testid=invitation-created]").TextContent;
        Assert.Contains("Email isn't set up on this server — copy the invitation link and send it yourself.", created, StringComparison.Ordinal);
        Assert.DoesNotContain("server log", created, StringComparison.Ordinal);
        Assert.Equal("https://app.test/invitations/xyz", page.Find("[data-testid=invitation-link]").TextContent);
    }

    private IRenderedComponent<TeamPageView> RenderView(TeamView view, bool isSignupDomain = false) =>
        RenderInteractive<TeamPageView>(p => p.Add(v => v.View, view).Add(v => v.IsSignupDomain, isSignupDomain));

    private static TeamView Team(
        bool canManage, bool readOnly = false, PendingInvitation[]? invitations = null, PendingAccessRequest[]? requests = null,
        DeclinedInvitation[]? declined = null) =>
        new(Guid.NewGuid(), "acme.test", canManage, readOnly, [Manager with { IsYou = canManage }, Marketer with { IsYou = !canManage }],
            invitations ?? [], declined ?? [], requests ?? []);
}
