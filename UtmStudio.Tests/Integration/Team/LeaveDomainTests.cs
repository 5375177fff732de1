using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Audit;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Features.Team;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Integration.Team;

/// <summary>A member can leave a domain other than their sign-up domain, unless they are its last manager.</summary>
public sealed class LeaveDomainTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Fact]
    public async Task A_team_member_leaves_a_domain_they_did_not_sign_up_with()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var own = Unique.Domain("carls");
        var carlEmail = Unique.Email("carl", own);
        var carl = await _app.SignUpAsync(carlEmail, own);
        await _app.AddMemberAsync(ada, name, carlEmail);

        await _app.Team.LeaveAsync(Person(carl), name, AppServices.None);

        Assert.Equal([own], (await _app.Domains.ListMineAsync(Person(carl), AppServices.None)).Select(d => d.Name));
        Assert.DoesNotContain((await _app.Team.GetAsync(Person(ada), name, AppServices.None)).Members, m => m.UserId == carl);
        Assert.Contains(await _app.Audit.ListAsync(Person(ada), name, AppServices.None), a => a.Action == MemberLeft.Action);
    }

    [Fact]
    public async Task Nobody_can_leave_the_domain_they_signed_up_with()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        // Tom signs up by asking for access to the domain; Ada approves.
        var tom = await _app.SignInAsync(Unique.Email("tom", name));
        var request = await _app.AccessRequests.RequestAsync(Person(tom), name, AppServices.None);
        await _app.AccessRequests.DecideAsync(Person(ada), name, request.Id, approve: true, AppServices.None);

        await ProblemAssert.RefusedAsync(ErrorCodes.TeamLeaveSignupDomain, () => _app.Team.LeaveAsync(Person(tom), name, AppServices.None));
        await ProblemAssert.RefusedAsync(ErrorCodes.TeamLeaveSignupDomain, () => _app.Team.LeaveAsync(Person(ada), name, AppServices.None));

        Assert.Equal(2, (await _app.Team.GetAsync(Person(ada), name, AppServices.None)).Members.Count);
    }

    [Fact]
    public async Task The_last_manager_cannot_leave_a_domain()
    {
        var signup = Unique.Domain("acme");
        var shop = Unique.Domain("shop");
        var ada = await _app.SignUpAsync(Unique.Email("ada", signup), signup);
        await _app.Domains.CreateAsync(Person(ada), shop, AppServices.None);

        await ProblemAssert.RefusedAsync(ErrorCodes.TeamLastManager, () => _app.Team.LeaveAsync(Person(ada), shop, AppServices.None));

        Assert.Equal(2, (await _app.Domains.ListMineAsync(Person(ada), AppServices.None)).Count);
    }

    [Fact]
    public async Task A_manager_who_leaves_hands_the_domain_over_to_the_remaining_manager()
    {
        var signup = Unique.Domain("acme");
        var shop = Unique.Domain("shop");
        var ada = await _app.SignUpAsync(Unique.Email("ada", signup), signup);
        await _app.Domains.CreateAsync(Person(ada), shop, AppServices.None);
        var bea = await _app.AddMemberAsync(ada, shop, Unique.Email("bea", shop), MemberRole.Manager);

        await _app.Team.LeaveAsync(Person(ada), shop, AppServices.None);

        await using var db = database.CreateOwnerContext();
        Assert.Equal(bea, (await db.Domains.SingleAsync(d => d.DomainName == shop)).ManagerId);
        Assert.Equal([signup], (await _app.Domains.ListMineAsync(Person(ada), AppServices.None)).Select(d => d.Name));
        Assert.Equal(MemberRole.Manager, (await db.Users.SingleAsync(u => u.Id == ada)).Role);
    }

    [Fact]
    public async Task Someone_who_accepted_an_invitation_before_having_a_domain_signed_up_with_it_and_cannot_leave_it()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var newcomer = await _app.AddMemberAsync(ada, name, Unique.Email("newcomer"));

        await ProblemAssert.RefusedAsync(ErrorCodes.TeamLeaveSignupDomain, () => _app.Team.LeaveAsync(Person(newcomer), name, AppServices.None));

        Assert.True(Assert.Single(await _app.Domains.ListMineAsync(Person(newcomer), AppServices.None)).IsSignupDomain);
    }

    [Fact]
    public async Task Domain_addresses_are_matched_whatever_their_case()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);

        var settings = await _app.Domains.GetSettingsAsync(Person(ada), name.ToUpperInvariant(), AppServices.None);

        Assert.Equal(name, settings.Name);
    }
}
