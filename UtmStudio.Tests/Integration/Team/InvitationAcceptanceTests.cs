using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Team;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Team;

/// <summary>Rule 5: an invitation is offered to its person (signed in with its verified email), who accepts or declines it.</summary>
public sealed class InvitationAcceptanceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly ManualTime _time = new();
    private AppServices App => field ??= new(database, _time);

    [Fact]
    public async Task Opening_the_link_offers_the_invitation_and_changes_nothing()
    {
        var (ada, name, email, token) = await InviteAsync(MemberRole.Manager);
        var newcomer = await App.SignInAsync(email);

        var outcome = await App.Acceptance.OpenLinkAsync(Person(newcomer), token, emailVerified: true, AppServices.None);

        var offered = Assert.IsType<InvitationOutcome.Offered>(outcome).Invitation;
        Assert.Equal((name, MemberRole.Manager, token), (offered.DomainName, offered.Role, offered.Token));
        Assert.Equal(Unique.Email("ada", name), offered.InvitedBy); // who invited them (Ada has no display name)
        Assert.Empty(await App.Domains.ListMineAsync(Person(newcomer), AppServices.None));
        Assert.Single((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Invitations);
    }

    [Fact]
    public async Task Accepting_as_the_first_domain_joins_with_the_invited_role_and_makes_it_the_sign_up_domain()
    {
        var (ada, name, email, token) = await InviteAsync(MemberRole.Manager);
        var newcomer = await App.SignInAsync(email);

        var outcome = await App.Acceptance.AcceptLinkAsync(Person(newcomer), token, emailVerified: true, AppServices.None);

        Assert.Equal(new InvitationOutcome.Joined(name, MemberRole.Manager), outcome);
        var mine = Assert.Single(await App.Domains.ListMineAsync(Person(newcomer), AppServices.None));
        Assert.Equal((name, MemberRole.Manager, true), (mine.Name, mine.Role, mine.IsSignupDomain));
        var team = await App.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.Empty(team.Invitations);
        Assert.Contains(team.Members, m => m.UserId == newcomer && m.Role == MemberRole.Manager);
        Assert.Contains(await App.Audit.ListAsync(Person(ada), name, AppServices.None), a => a.Action == InvitationAccepted.Action);
        // Opening the link again says where they are.
        Assert.Equal(outcome, await App.Acceptance.OpenLinkAsync(Person(newcomer), token, emailVerified: true, AppServices.None));
    }

    [Fact]
    public async Task An_existing_user_who_is_invited_finds_the_invitation_among_theirs_until_they_answer()
    {
        var (_, name, email, token) = await InviteAsync();
        var newcomer = await App.SignInAsync(email);

        var waiting = Assert.Single(await App.Acceptance.ListMineAsync(Person(newcomer), AppServices.None));
        Assert.Equal((token, name), (waiting.Token, waiting.DomainName));

        await App.Acceptance.AcceptLinkAsync(Person(newcomer), token, emailVerified: true, AppServices.None);
        Assert.Empty(await App.Acceptance.ListMineAsync(Person(newcomer), AppServices.None));
    }

    [Fact]
    public async Task Declining_closes_the_invitation_joins_nothing_and_tells_the_managers()
    {
        var (ada, name, email, token) = await InviteAsync();
        var newcomer = await App.SignInAsync(email);

        var outcome = await App.Acceptance.DeclineLinkAsync(Person(newcomer), token, emailVerified: true, AppServices.None);

        Assert.Equal(new InvitationOutcome.Declined(name), outcome);
        Assert.Empty(await App.Domains.ListMineAsync(Person(newcomer), AppServices.None));
        Assert.Empty(await App.Acceptance.ListMineAsync(Person(newcomer), AppServices.None));
        var team = await App.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.Empty(team.Invitations);
        Assert.Equal(email, Assert.Single(team.DeclinedInvitations).Email);
        Assert.Contains(await App.Audit.ListAsync(Person(ada), name, AppServices.None), a => a.Action == InvitationDeclined.Action);
        // A declined invitation cannot be accepted afterwards, by its link or otherwise.
        var again = await App.Acceptance.AcceptLinkAsync(Person(newcomer), token, emailVerified: true, AppServices.None);
        Assert.Contains("declined", Assert.IsType<InvitationOutcome.Unusable>(again).Reason, StringComparison.Ordinal);
        Assert.Empty(await App.Domains.ListMineAsync(Person(newcomer), AppServices.None));
    }

    [Fact]
    public async Task A_declined_invitation_leaves_the_managers_list_after_two_weeks_and_the_person_can_be_invited_again()
    {
        var (ada, name, email, token) = await InviteAsync();
        var newcomer = await App.SignInAsync(email);
        await App.Acceptance.DeclineLinkAsync(Person(newcomer), token, emailVerified: true, AppServices.None);

        _time.Advance(TeamService.DeclinedShownFor + TimeSpan.FromMinutes(1));

        Assert.Empty((await App.Team.GetAsync(Person(ada), name, AppServices.None)).DeclinedInvitations);
        Assert.IsType<AddMemberResult.Invited>(await App.Invitations.AddAsync(Person(ada), name, email, MemberRole.TeamMember, AppServices.None));
        Assert.Single(await App.Acceptance.ListMineAsync(Person(newcomer), AppServices.None));
    }

    [Fact]
    public async Task Only_the_invited_person_with_a_verified_email_can_decline()
    {
        var (ada, name, email, token) = await InviteAsync();
        var otherDomain = Unique.Domain("elsewhere");
        var eve = await App.SignUpAsync(Unique.Email("eve", otherDomain), otherDomain);
        var newcomer = await App.SignInAsync(email);

        var byEve = await App.Acceptance.DeclineLinkAsync(Person(eve), token, emailVerified: true, AppServices.None);
        var unverified = await App.Acceptance.DeclineLinkAsync(Person(newcomer), token, emailVerified: false, AppServices.None);

        Assert.IsType<InvitationOutcome.OtherEmail>(byEve);
        Assert.IsType<InvitationOutcome.Unusable>(unverified);
        var team = await App.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.Single(team.Invitations);
        Assert.Empty(team.DeclinedInvitations);
    }

    [Fact]
    public async Task An_invitation_accepted_by_someone_who_has_a_domain_never_pins_them_and_they_can_leave()
    {
        var (ada, name, email, token) = await InviteAsync();
        var own = Unique.Domain("own");
        var newcomer = await App.SignInAsync(email);
        await App.Domains.CreateAsync(Person(newcomer), own, AppServices.None);

        await App.Acceptance.AcceptLinkAsync(Person(newcomer), token, emailVerified: true, AppServices.None);

        var mine = await App.Domains.ListMineAsync(Person(newcomer), AppServices.None);
        Assert.Equal([(name, false), (own, true)], mine.Select(d => (d.Name, d.IsSignupDomain)).OrderBy(d => d.Item2));
        await App.Team.LeaveAsync(Person(newcomer), name, AppServices.None);
        Assert.DoesNotContain((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Members, m => m.UserId == newcomer);
    }

    [Fact]
    public async Task Someone_with_a_domain_but_no_sign_up_domain_is_not_pinned_by_accepting_another()
    {
        // Carl's home domain let him go (removed by its other manager), so he has a domain (acme) and no sign-up domain.
        var (_, _, carlEmail, token) = await InviteAsync();
        var home = Unique.Domain("home");
        var hal = await App.SignUpAsync(Unique.Email("hal", home), home);
        var carl = await App.AddMemberAsync(hal, home, carlEmail);
        await App.Acceptance.AcceptLinkAsync(Person(carl), token, emailVerified: true, AppServices.None);
        await App.Team.RemoveAsync(Person(hal), home, carl, AppServices.None);
        var other = Unique.Domain("other");
        var bea = await App.SignUpAsync(Unique.Email("bea", other), other);
        var invited = Assert.IsType<AddMemberResult.Invited>(await App.Invitations.AddAsync(Person(bea), other, carlEmail, MemberRole.TeamMember, AppServices.None));

        await App.Acceptance.AcceptLinkAsync(Person(carl), invited.Link[(invited.Link.LastIndexOf('/') + 1)..], emailVerified: true, AppServices.None);

        Assert.All(await App.Domains.ListMineAsync(Person(carl), AppServices.None), d => Assert.False(d.IsSignupDomain));
        // Nor by claiming it in the database himself: a domain joined later never stops its managers deleting it.
        await using (var sql = await database.OpenAsync())
        {
            await sql.ExecuteAsync($"SELECT set_config('app.user_id', '{carl}', false)");
            await sql.ExecuteAsync($"SELECT app_claim_signup_domain('{carl}', (SELECT id FROM domains WHERE domain_name = '{other}'))");
        }

        await using var db = database.CreateOwnerContext();
        Assert.Null(await db.Users.Where(u => u.Id == carl).Select(u => u.SignupDomainId).SingleAsync());
    }

    [Fact]
    public async Task Opening_the_link_with_another_account_explains_whose_it_is_and_changes_nothing()
    {
        var (ada, name, email, token) = await InviteAsync();
        var otherDomain = Unique.Domain("elsewhere");
        var eve = await App.SignUpAsync(Unique.Email("eve", otherDomain), otherDomain);

        var opened = await App.Acceptance.OpenLinkAsync(Person(eve), token, emailVerified: true, AppServices.None);
        var accepted = await App.Acceptance.AcceptLinkAsync(Person(eve), token, emailVerified: true, AppServices.None);

        Assert.Equal("ne…@" + email.Split('@')[1], Assert.IsType<InvitationOutcome.OtherEmail>(opened).MaskedEmail);
        Assert.Equal(opened, accepted);
        Assert.Equal([otherDomain], (await App.Domains.ListMineAsync(Person(eve), AppServices.None)).Select(d => d.Name));
        var team = await App.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.DoesNotContain(team.Members, m => m.UserId == eve);
        Assert.Single(team.Invitations);
        await using var db = database.CreateOwnerContext();
        var invitation = await db.Invitations.SingleAsync(i => i.Token == token);
        Assert.Equal((null, null, null), (invitation.AcceptedAt, invitation.AcceptedBy, invitation.DeclinedAt));
    }

    [Fact]
    public async Task An_unverified_email_cannot_accept()
    {
        var (_, _, email, token) = await InviteAsync();
        var newcomer = await App.SignInAsync(email);

        var outcome = await App.Acceptance.AcceptLinkAsync(Person(newcomer), token, emailVerified: false, AppServices.None);

        Assert.Contains("verified", Assert.IsType<InvitationOutcome.Unusable>(outcome).Reason, StringComparison.Ordinal);
        Assert.Empty(await App.Domains.ListMineAsync(Person(newcomer), AppServices.None));
    }

    [Fact]
    public async Task An_unknown_link_is_unusable()
    {
        var someone = await App.SignInAsync(Unique.Email("someone"));

        var outcome = await App.Acceptance.OpenLinkAsync(Person(someone), "not-a-real-token", emailVerified: true, AppServices.None);

        Assert.IsType<InvitationOutcome.Unusable>(outcome);
    }

    [Fact]
    public async Task An_expired_invitation_is_neither_offered_nor_accepted()
    {
        var (ada, name, email, token) = await InviteAsync();
        _time.Advance(TimeSpan.FromDays(8));
        var newcomer = await App.SignInAsync(email);

        var byLink = await App.Acceptance.AcceptLinkAsync(Person(newcomer), token, emailVerified: true, AppServices.None);

        Assert.Contains("expired", Assert.IsType<InvitationOutcome.Unusable>(byLink).Reason, StringComparison.Ordinal);
        Assert.Empty(await App.Acceptance.ListMineAsync(Person(newcomer), AppServices.None));
        Assert.Empty(await App.Domains.ListMineAsync(Person(newcomer), AppServices.None));
        Assert.True(Assert.Single((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Invitations).IsExpired);
    }

    [Fact]
    public async Task An_invitation_stored_as_expired_cannot_be_used_even_by_the_invited_person()
    {
        var (_, _, email, token) = await InviteAsync();
        await using (var db = database.CreateOwnerContext())
        {
            await db.Invitations.Where(i => i.Token == token)
                .ExecuteUpdateAsync(i => i.SetProperty(x => x.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        var newcomer = await App.SignInAsync(email);

        Assert.IsType<InvitationOutcome.Unusable>(await App.Acceptance.AcceptLinkAsync(Person(newcomer), token, true, AppServices.None));
        Assert.Empty(await App.Domains.ListMineAsync(Person(newcomer), AppServices.None));
    }

    [Fact]
    public async Task A_new_invitation_replaces_an_expired_one_for_the_same_email()
    {
        var (ada, name, email, oldToken) = await InviteAsync();
        _time.Advance(TimeSpan.FromDays(8));

        var again = Assert.IsType<AddMemberResult.Invited>(
            await App.Invitations.AddAsync(Person(ada), name, email, MemberRole.TeamMember, AppServices.None));

        var pending = Assert.Single((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Invitations);
        Assert.Equal((again.Link, false), (pending.Link, pending.IsExpired));
        Assert.DoesNotContain(oldToken, again.Link, StringComparison.Ordinal);
    }

    /// <summary>A manager's domain with an open invitation for a new email ("newcomer@…").</summary>
    private async Task<(Guid Ada, string Name, string Email, string Token)> InviteAsync(MemberRole role = MemberRole.TeamMember)
    {
        var name = Unique.Domain("acme");
        var ada = await App.SignUpAsync(Unique.Email("ada", name), name);
        var email = Unique.Email("newcomer", name);
        var invited = Assert.IsType<AddMemberResult.Invited>(
            await App.Invitations.AddAsync(Person(ada), name, email, role, AppServices.None));
        return (ada, name, email, invited.Link[(invited.Link.LastIndexOf('/') + 1)..]);
    }
}
