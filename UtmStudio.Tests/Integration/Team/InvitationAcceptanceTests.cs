using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Team;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Team;

/// <summary>Rule 5: an invitation is accepted by signing in with its (verified) email, or by its link with that email.</summary>
public sealed class InvitationAcceptanceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly ManualTime _time = new();
    private AppServices App => field ??= new(database, _time);

    [Fact]
    public async Task Signing_in_with_a_verified_invited_email_joins_the_domain_with_the_invited_role()
    {
        var (ada, name, email, _) = await InviteAsync(MemberRole.Manager);
        var newcomer = await App.SignInAsync(email);

        var joined = await App.Acceptance.AcceptAllForAsync(Person(newcomer), emailVerified: true, AppServices.None);

        Assert.Equal([name], joined);
        var mine = Assert.Single(await App.Domains.ListMineAsync(Person(newcomer), AppServices.None));
        Assert.Equal((name, MemberRole.Manager, true), (mine.Name, mine.Role, mine.IsSignupDomain));
        var team = await App.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.Empty(team.Invitations);
        Assert.Contains(team.Members, m => m.UserId == newcomer && m.Role == MemberRole.Manager);
        Assert.Contains(await App.Audit.ListAsync(Person(ada), name, AppServices.None), a => a.Action == InvitationAccepted.Action);
    }

    [Fact]
    public async Task Signing_in_with_an_unverified_email_accepts_nothing()
    {
        var (ada, name, email, _) = await InviteAsync();
        var newcomer = await App.SignInAsync(email);

        var joined = await App.Acceptance.AcceptAllForAsync(Person(newcomer), emailVerified: false, AppServices.None);

        Assert.Empty(joined);
        Assert.Empty(await App.Domains.ListMineAsync(Person(newcomer), AppServices.None));
        Assert.Single((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Invitations);
    }

    [Fact]
    public async Task Invitations_of_several_domains_are_all_accepted_at_sign_in()
    {
        var (_, first, email, _) = await InviteAsync();
        var other = Unique.Domain("other");
        var bea = await App.SignUpAsync(Unique.Email("bea", other), other);
        await App.Invitations.AddAsync(Person(bea), other, email, MemberRole.TeamMember, AppServices.None);
        var newcomer = await App.SignInAsync(email);

        var joined = await App.Acceptance.AcceptAllForAsync(Person(newcomer), emailVerified: true, AppServices.None);

        Assert.Equal([first, other], joined.Order());
        Assert.Equal(2, (await App.Domains.ListMineAsync(Person(newcomer), AppServices.None)).Count);
    }

    [Fact]
    public async Task Opening_the_link_signed_in_with_the_invited_email_joins_the_domain()
    {
        var (ada, name, email, token) = await InviteAsync();
        var newcomer = await App.SignInAsync(email);

        var outcome = await App.Acceptance.AcceptLinkAsync(Person(newcomer), token, emailVerified: true, AppServices.None);

        Assert.Equal(new InvitationOutcome.Joined(name, MemberRole.TeamMember), outcome);
        Assert.Contains((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Members, m => m.UserId == newcomer);
        Assert.Equal(outcome, await App.Acceptance.AcceptLinkAsync(Person(newcomer), token, emailVerified: true, AppServices.None));
    }

    [Fact]
    public async Task Opening_the_link_with_another_account_explains_whose_it_is_and_changes_nothing()
    {
        var (ada, name, email, token) = await InviteAsync();
        var otherDomain = Unique.Domain("elsewhere");
        var eve = await App.SignUpAsync(Unique.Email("eve", otherDomain), otherDomain);

        var outcome = await App.Acceptance.AcceptLinkAsync(Person(eve), token, emailVerified: true, AppServices.None);

        var other = Assert.IsType<InvitationOutcome.OtherEmail>(outcome);
        Assert.Equal("ne…@" + email.Split('@')[1], other.MaskedEmail);
        Assert.Equal([otherDomain], (await App.Domains.ListMineAsync(Person(eve), AppServices.None)).Select(d => d.Name));
        var team = await App.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.DoesNotContain(team.Members, m => m.UserId == eve);
        Assert.Single(team.Invitations);
        await using var db = database.CreateOwnerContext();
        var invitation = await db.Invitations.SingleAsync(i => i.Token == token);
        Assert.Equal((null, null), (invitation.AcceptedAt, invitation.AcceptedBy));
    }

    [Fact]
    public async Task An_unknown_link_is_unusable()
    {
        var someone = await App.SignInAsync(Unique.Email("someone"));

        var outcome = await App.Acceptance.AcceptLinkAsync(Person(someone), "not-a-real-token", emailVerified: true, AppServices.None);

        Assert.IsType<InvitationOutcome.Unusable>(outcome);
    }

    [Fact]
    public async Task An_expired_invitation_can_be_used_neither_by_link_nor_by_signing_in()
    {
        var (ada, name, email, token) = await InviteAsync();
        _time.Advance(TimeSpan.FromDays(8));
        var newcomer = await App.SignInAsync(email);

        var byLink = await App.Acceptance.AcceptLinkAsync(Person(newcomer), token, emailVerified: true, AppServices.None);
        var bySignIn = await App.Acceptance.AcceptAllForAsync(Person(newcomer), emailVerified: true, AppServices.None);

        Assert.Contains("expired", Assert.IsType<InvitationOutcome.Unusable>(byLink).Reason, StringComparison.Ordinal);
        Assert.Empty(bySignIn);
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
        Assert.Empty(await App.Acceptance.AcceptAllForAsync(Person(newcomer), true, AppServices.None));
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
