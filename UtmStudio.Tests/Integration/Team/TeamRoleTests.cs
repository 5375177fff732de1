using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Features.Team;

namespace UtmStudio.Tests.Integration.Team;

/// <summary>Rule 5: managers change roles and remove members; a domain keeps a manager, and manager_id names one.</summary>
public sealed class TeamRoleTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Fact]
    public async Task A_manager_makes_a_team_member_a_manager()
    {
        var (ada, name, tom) = await TeamAsync();

        await _app.Team.ChangeRoleAsync(Person(ada), name, tom, MemberRole.Manager, AppServices.None);

        var team = await _app.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.Equal(MemberRole.Manager, team.Members.Single(m => m.UserId == tom).Role);
        Assert.True((await _app.Team.GetAsync(Person(tom), name, AppServices.None)).CanManage);
        Assert.Contains(await _app.Audit.ListAsync(Person(ada), name, AppServices.None), a => a.Action == MemberRoleChanged.Action);
        Assert.Equal(MemberRole.Manager, await UserRoleAsync(tom));
    }

    [Fact]
    public async Task The_last_manager_can_be_neither_demoted_nor_removed()
    {
        var (ada, name, _) = await TeamAsync();

        await ProblemAssert.RefusedAsync(ErrorCodes.TeamLastManager, () => _app.Team.ChangeRoleAsync(Person(ada), name, ada, MemberRole.TeamMember, AppServices.None));
        await ProblemAssert.RefusedAsync(ErrorCodes.TeamRemoveSelf, () => _app.Team.RemoveAsync(Person(ada), name, ada, AppServices.None));

        var team = await _app.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.Equal(MemberRole.Manager, team.Members.Single(m => m.UserId == ada).Role);
        Assert.Equal(ada, await ManagerIdAsync(name));
    }

    [Fact]
    public async Task Demoting_the_manager_named_on_the_domain_hands_that_over_to_another_manager()
    {
        var (ada, name, tom) = await TeamAsync();
        await _app.Team.ChangeRoleAsync(Person(ada), name, tom, MemberRole.Manager, AppServices.None);

        await _app.Team.ChangeRoleAsync(Person(tom), name, ada, MemberRole.TeamMember, AppServices.None);

        Assert.Equal(tom, await ManagerIdAsync(name));
        Assert.Equal(MemberRole.TeamMember, await UserRoleAsync(ada));
        Assert.False((await _app.Team.GetAsync(Person(ada), name, AppServices.None)).CanManage);
    }

    [Fact]
    public async Task Removing_the_manager_named_on_the_domain_hands_that_over_to_another_manager()
    {
        var (ada, name, tom) = await TeamAsync();
        await _app.Team.ChangeRoleAsync(Person(ada), name, tom, MemberRole.Manager, AppServices.None);

        await _app.Team.RemoveAsync(Person(tom), name, ada, AppServices.None);

        Assert.Equal(tom, await ManagerIdAsync(name));
        Assert.Empty(await _app.Domains.ListMineAsync(Person(ada), AppServices.None));
        await using var db = database.CreateOwnerContext();
        var removed = await db.Users.SingleAsync(u => u.Id == ada);
        Assert.Equal((MemberRole.TeamMember, null), (removed.Role, removed.SignupDomainId));
    }

    [Fact]
    public async Task A_removed_member_loses_access_and_no_longer_has_it_as_sign_up_domain()
    {
        var (ada, name, tom) = await TeamAsync();

        await _app.Team.RemoveAsync(Person(ada), name, tom, AppServices.None);

        Assert.DoesNotContain((await _app.Team.GetAsync(Person(ada), name, AppServices.None)).Members, m => m.UserId == tom);
        Assert.Empty(await _app.Domains.ListMineAsync(Person(tom), AppServices.None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => _app.Team.GetAsync(Person(tom), name, AppServices.None));
        Assert.Contains(await _app.Audit.ListAsync(Person(ada), name, AppServices.None), a => a.Action == MemberRemoved.Action);
        await using var db = database.CreateOwnerContext();
        Assert.Null((await db.Users.SingleAsync(u => u.Id == tom)).SignupDomainId);
    }

    [Fact]
    public async Task A_team_member_can_neither_change_roles_nor_remove_members()
    {
        var (ada, name, tom) = await TeamAsync();

        await Assert.ThrowsAsync<ForbiddenProblem>(() => _app.Team.ChangeRoleAsync(Person(tom), name, tom, MemberRole.Manager, AppServices.None));
        await Assert.ThrowsAsync<ForbiddenProblem>(() => _app.Team.RemoveAsync(Person(tom), name, ada, AppServices.None));

        var team = await _app.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.Equal([(ada, MemberRole.Manager), (tom, MemberRole.TeamMember)],
            team.Members.OrderBy(m => m.Role == MemberRole.TeamMember).Select(m => (m.UserId, m.Role)));
    }

    [Fact]
    public async Task Changing_or_removing_someone_who_is_not_in_the_team_is_not_found()
    {
        var (ada, name, _) = await TeamAsync();
        var stranger = await _app.SignInAsync(Unique.Email("stranger"));

        await Assert.ThrowsAsync<NotFoundProblem>(() => _app.Team.ChangeRoleAsync(Person(ada), name, stranger, MemberRole.Manager, AppServices.None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => _app.Team.RemoveAsync(Person(ada), name, stranger, AppServices.None));
    }

    /// <summary>A domain with its manager (ada, signed up with it) and a team member (tom).</summary>
    private async Task<(Guid Ada, string Name, Guid Tom)> TeamAsync()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var tom = await _app.AddMemberAsync(ada, name, Unique.Email("tom", name));
        return (ada, name, tom);
    }

    private async Task<Guid> ManagerIdAsync(string name)
    {
        await using var db = database.CreateOwnerContext();
        return (await db.Domains.SingleAsync(d => d.DomainName == name)).ManagerId;
    }

    private async Task<MemberRole> UserRoleAsync(Guid userId)
    {
        await using var db = database.CreateOwnerContext();
        return (await db.Users.SingleAsync(u => u.Id == userId)).Role;
    }
}
