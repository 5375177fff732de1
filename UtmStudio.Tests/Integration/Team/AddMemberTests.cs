using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Team;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Team;

/// <summary>Rule 5: a manager adds people by email, and every addition is an invitation the person answers.</summary>
public sealed class AddMemberTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly ManualTime _time = new();
    private AppServices App => field ??= new(database, _time);

    [Theory]
    [InlineData(MemberRole.TeamMember)]
    [InlineData(MemberRole.Manager)]
    public async Task Adding_an_existing_user_invites_them_with_the_same_answer_as_for_an_unknown_address(MemberRole role)
    {
        var (ada, name) = await SignUpAsync();
        var bobEmail = Unique.Email("bob");
        var bob = await App.SignInAsync(bobEmail, "Bob Secretname");
        var stranger = Unique.Email("stranger");

        var forBob = Assert.IsType<AddMemberResult.Invited>(
            await App.Invitations.AddAsync(Person(ada), name, " " + bobEmail.ToUpperInvariant(), role, AppServices.None));
        var forStranger = Assert.IsType<AddMemberResult.Invited>(
            await App.Invitations.AddAsync(Person(ada), name, stranger, role, AppServices.None));

        // Nobody is joined without choosing it (rule 5), and the answer does not tell who has an account.
        Assert.Equal((bobEmail, forStranger.EmailSent, forStranger.ExpiresAt), (forBob.Email, forBob.EmailSent, forBob.ExpiresAt));
        Assert.Empty(await App.Domains.ListMineAsync(Person(bob), AppServices.None));
        var team = await App.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.DoesNotContain(team.Members, m => m.UserId == bob);
        Assert.Equal([bobEmail, stranger], team.Invitations.Select(i => i.Email).Order());
        // Bob is asked, in the app (his invitations, shown on his next page) and by email.
        Assert.Equal([name], (await App.Acceptance.ListMineAsync(Person(bob), AppServices.None)).Select(i => i.DomainName));
        Assert.Single(App.Email.SentTo(bobEmail));
        Assert.Equal(2, (await App.Audit.ListAsync(Person(ada), name, AppServices.None)).Count(a => a.Action == InvitationCreated.Action));
        // The person's name stays hidden from the manager until they join.
        Assert.DoesNotContain(await App.Audit.ListAsync(Person(ada), name, AppServices.None), a => a.ActorName == "Bob Secretname");
        await using var db = database.CreateOwnerContext();
        Assert.False(await db.Memberships.AnyAsync(m => m.UserId == bob));
    }

    [Fact]
    public async Task Adding_someone_already_in_the_team_is_refused()
    {
        var (ada, name) = await SignUpAsync();
        var bobEmail = Unique.Email("bob");
        await App.AddMemberAsync(ada, name, bobEmail);

        await ProblemAssert.RefusedAsync(ErrorCodes.TeamAlreadyMember,
            () => App.Invitations.AddAsync(Person(ada), name, bobEmail, MemberRole.Manager, AppServices.None));
    }

    [Fact]
    public async Task Adding_a_new_email_creates_an_invitation_whose_link_is_emailed_and_shown_to_managers()
    {
        var (ada, name) = await SignUpAsync();
        var newcomer = Unique.Email("newcomer");

        var result = await App.Invitations.AddAsync(Person(ada), name, newcomer, MemberRole.Manager, AppServices.None);

        var invited = Assert.IsType<AddMemberResult.Invited>(result);
        await using var db = database.CreateOwnerContext();
        var invitation = await db.Invitations.SingleAsync(i => i.Email == newcomer);
        Assert.Equal($"https://utmstudio.test/invitations/{invitation.Token}", invited.Link);
        Assert.Equal((newcomer, MemberRole.Manager, ada), (invited.Email, invitation.Role, invitation.InvitedBy));
        Assert.Equal(_time.GetUtcNow().AddDays(7), invited.ExpiresAt, TimeSpan.FromSeconds(1));
        var mail = Assert.Single(App.Email.SentTo(newcomer));
        Assert.Contains(name, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(invited.Link, mail.Body, StringComparison.Ordinal);
        var pending = Assert.Single((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Invitations);
        Assert.Equal((invitation.Id, newcomer, invited.Link, false), (pending.Id, pending.Email, pending.Link, pending.IsExpired));
    }

    [Fact]
    public async Task Inviting_an_email_that_already_has_an_open_invitation_is_refused()
    {
        var (ada, name) = await SignUpAsync();
        var newcomer = Unique.Email("newcomer");
        await App.Invitations.AddAsync(Person(ada), name, newcomer, MemberRole.TeamMember, AppServices.None);

        await ProblemAssert.RefusedAsync(ErrorCodes.TeamAlreadyInvited,
            () => App.Invitations.AddAsync(Person(ada), name, newcomer.ToUpperInvariant(), MemberRole.Manager, AppServices.None));

        Assert.Single((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Invitations);
        Assert.Single(App.Email.SentTo(newcomer));
    }

    [Fact]
    public async Task Resending_an_invitation_sends_it_again_and_extends_its_expiry()
    {
        var (ada, name) = await SignUpAsync();
        var newcomer = Unique.Email("newcomer");
        var first = Assert.IsType<AddMemberResult.Invited>(
            await App.Invitations.AddAsync(Person(ada), name, newcomer, MemberRole.TeamMember, AppServices.None));
        var id = Assert.Single((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Invitations).Id;
        _time.Advance(TimeSpan.FromDays(3));

        await App.Invitations.ResendAsync(Person(ada), name, id, AppServices.None);

        var pending = Assert.Single((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Invitations);
        Assert.Equal(first.ExpiresAt.AddDays(3), pending.ExpiresAt, TimeSpan.FromSeconds(1));
        Assert.Equal(_time.GetUtcNow(), pending.LastSentAt, TimeSpan.FromSeconds(1));
        Assert.Equal(first.Link, pending.Link);
        Assert.Equal(2, App.Email.SentTo(newcomer).Count(m => m.Body.Contains(first.Link, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_revoked_invitation_disappears_and_can_no_longer_be_accepted()
    {
        var (ada, name) = await SignUpAsync();
        var newcomer = Unique.Email("newcomer");
        var invited = Assert.IsType<AddMemberResult.Invited>(
            await App.Invitations.AddAsync(Person(ada), name, newcomer, MemberRole.TeamMember, AppServices.None));
        var id = Assert.Single((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Invitations).Id;

        await App.Invitations.RevokeAsync(Person(ada), name, id, AppServices.None);

        Assert.Empty((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Invitations);
        var person = await App.SignInAsync(newcomer);
        Assert.Empty(await App.Acceptance.ListMineAsync(Person(person), AppServices.None));
        var token = invited.Link[(invited.Link.LastIndexOf('/') + 1)..];
        Assert.IsType<InvitationOutcome.Unusable>(await App.Acceptance.AcceptLinkAsync(Person(person), token, emailVerified: true, AppServices.None));
        Assert.Empty(await App.Domains.ListMineAsync(Person(person), AppServices.None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => App.Invitations.ResendAsync(Person(ada), name, id, AppServices.None));
    }

    [Fact]
    public async Task A_team_member_cannot_add_people()
    {
        var (ada, name) = await SignUpAsync();
        var tom = await App.AddMemberAsync(ada, name, Unique.Email("tom"));
        var newcomer = Unique.Email("newcomer");

        await Assert.ThrowsAsync<ForbiddenProblem>(
            () => App.Invitations.AddAsync(Person(tom), name, newcomer, MemberRole.TeamMember, AppServices.None));

        Assert.Empty(App.Email.SentTo(newcomer));
        Assert.Empty((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Invitations);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    [InlineData("Jane <jane@acme.test>")]
    public async Task An_address_that_is_not_an_email_is_refused(string typed)
    {
        var (ada, name) = await SignUpAsync();

        await Assert.ThrowsAsync<ValidationProblem>(
            () => App.Invitations.AddAsync(Person(ada), name, typed, MemberRole.TeamMember, AppServices.None));
    }

    private async Task<(Guid Ada, string Name)> SignUpAsync()
    {
        var name = Unique.Domain("acme");
        return (await App.SignUpAsync(Unique.Email("ada", name), name), name);
    }
}
