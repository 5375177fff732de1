using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Features.Team;

namespace UtmStudio.Tests.Integration.Domains;

/// <summary>Rule 3: an existing domain is joined by asking its managers, who approve or decline.</summary>
public sealed class AccessRequestTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Fact]
    public async Task A_request_shows_on_the_managers_team_page_and_approving_it_makes_the_requester_a_team_member()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var bobEmail = Unique.Email("bob", name);
        var bob = await _app.SignInAsync(bobEmail);

        var request = await _app.AccessRequests.RequestAsync(Person(bob), "https://www." + name, AppServices.None);

        Assert.Equal(name, request.DomainName);
        Assert.Equal([name], (await _app.AccessRequests.ListMineAsync(Person(bob), AppServices.None)).Select(r => r.DomainName));
        var team = await _app.Team.GetAsync(Person(ada), name, AppServices.None);
        var pending = Assert.Single(team.AccessRequests);
        Assert.Equal((request.Id, bob, bobEmail), (pending.Id, pending.UserId, pending.Email));

        await _app.AccessRequests.DecideAsync(Person(ada), name, pending.Id, approve: true, AppServices.None);

        var mine = Assert.Single(await _app.Domains.ListMineAsync(Person(bob), AppServices.None));
        Assert.Equal((name, MemberRole.TeamMember, true), (mine.Name, mine.Role, mine.IsSignupDomain));
        team = await _app.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.Empty(team.AccessRequests);
        Assert.Contains(team.Members, m => m.UserId == bob && m.Role == MemberRole.TeamMember);
        Assert.Empty(await _app.AccessRequests.ListMineAsync(Person(bob), AppServices.None));
        Assert.Contains(await _app.Audit.ListAsync(Person(ada), name, AppServices.None), a => a.Action == AccessApproved.Action);
    }

    [Fact]
    public async Task A_declined_requester_does_not_join_and_can_still_name_another_domain()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var bob = await _app.SignInAsync(Unique.Email("bob", name));
        var request = await _app.AccessRequests.RequestAsync(Person(bob), name, AppServices.None);

        await _app.AccessRequests.DecideAsync(Person(ada), name, request.Id, approve: false, AppServices.None);

        Assert.Empty(await _app.Domains.ListMineAsync(Person(bob), AppServices.None));
        Assert.Empty(await _app.AccessRequests.ListMineAsync(Person(bob), AppServices.None));
        var declined = Assert.Single(await _app.AccessRequests.ListRecentlyDeclinedAsync(Person(bob), AppServices.None));
        Assert.Equal(name, declined.DomainName);
        Assert.Empty(await _app.AccessRequests.ListRecentlyDeclinedAsync(Person(ada), AppServices.None));
        var team = await _app.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.Empty(team.AccessRequests);
        Assert.DoesNotContain(team.Members, m => m.UserId == bob);
        await using (var db = database.CreateOwnerContext())
        {
            Assert.Equal(AccessRequestStatus.Declined, (await db.AccessRequests.SingleAsync(r => r.Id == request.Id)).Status);
        }

        var own = await _app.Domains.CreateAsync(Person(bob), Unique.Domain("bobs"), AppServices.None);
        Assert.True(own.IsSignupDomain);
    }

    [Fact]
    public async Task A_second_pending_request_for_the_same_domain_is_refused()
    {
        var name = Unique.Domain("acme");
        await _app.SignUpAsync(Unique.Email("ada", name), name);
        var bob = await _app.SignInAsync(Unique.Email("bob", name));
        await _app.AccessRequests.RequestAsync(Person(bob), name, AppServices.None);

        await ProblemAssert.RefusedAsync("already_requested", () => _app.AccessRequests.RequestAsync(Person(bob), name.ToUpperInvariant(), AppServices.None));

        Assert.Single(await _app.AccessRequests.ListMineAsync(Person(bob), AppServices.None));
    }

    [Fact]
    public async Task A_member_asking_for_access_to_their_own_domain_is_told_they_are_already_in_it()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);

        await ProblemAssert.RefusedAsync("already_member", () => _app.AccessRequests.RequestAsync(Person(ada), name, AppServices.None));
    }

    [Fact]
    public async Task Asking_for_a_domain_nobody_uses_is_refused_with_a_hint_to_create_it()
    {
        var bob = await _app.SignInAsync(Unique.Email("bob"));

        await ProblemAssert.RefusedAsync("domain_not_found", () => _app.AccessRequests.RequestAsync(Person(bob), Unique.Domain("nobody"), AppServices.None));
    }

    [Fact]
    public async Task A_team_member_cannot_answer_access_requests()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var tom = await _app.AddMemberAsync(ada, name, Unique.Email("tom", name));
        var bob = await _app.SignInAsync(Unique.Email("bob", name));
        var request = await _app.AccessRequests.RequestAsync(Person(bob), name, AppServices.None);

        await Assert.ThrowsAsync<ForbiddenProblem>(() => _app.AccessRequests.DecideAsync(Person(tom), name, request.Id, true, AppServices.None));

        Assert.Empty((await _app.Team.GetAsync(Person(tom), name, AppServices.None)).AccessRequests);
        Assert.Empty(await _app.Domains.ListMineAsync(Person(bob), AppServices.None));
    }

    [Fact]
    public async Task A_requester_who_withdraws_is_no_longer_pending()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var bob = await _app.SignInAsync(Unique.Email("bob", name));
        var request = await _app.AccessRequests.RequestAsync(Person(bob), name, AppServices.None);

        await _app.AccessRequests.WithdrawAsync(Person(bob), request.Id, AppServices.None);

        Assert.Empty(await _app.AccessRequests.ListMineAsync(Person(bob), AppServices.None));
        Assert.Empty((await _app.Team.GetAsync(Person(ada), name, AppServices.None)).AccessRequests);
        await Assert.ThrowsAsync<NotFoundProblem>(() => _app.AccessRequests.DecideAsync(Person(ada), name, request.Id, true, AppServices.None));
    }
}
