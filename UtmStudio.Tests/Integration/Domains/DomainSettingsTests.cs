using UtmStudio.Data.Entities;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Features.Domains;

namespace UtmStudio.Tests.Integration.Domains;

/// <summary>Domain settings: every member reads them; managers change them, and each change is recorded.</summary>
public sealed class DomainSettingsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Fact]
    public async Task A_manager_changes_the_default_redirect_type_and_the_change_is_recorded()
    {
        var (ada, name, _) = await TeamAsync();

        await _app.Domains.UpdateRedirectTypeAsync(Person(ada), name, 301, AppServices.None);

        Assert.Equal(301, (await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).DefaultRedirectType);
        var entry = Assert.Single(await _app.Audit.ListAsync(Person(ada), name, AppServices.None), a => a.Action == DomainSettingsChanged.Action);
        Assert.Contains("301", entry.Details, StringComparison.Ordinal);
        Assert.Equal(Unique.Email("ada", name), entry.ActorEmail);
    }

    [Fact]
    public async Task A_redirect_type_that_is_not_a_redirect_is_refused()
    {
        var (ada, name, _) = await TeamAsync();

        await Assert.ThrowsAsync<ValidationProblem>(() => _app.Domains.UpdateRedirectTypeAsync(Person(ada), name, 200, AppServices.None));

        Assert.Equal(302, (await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).DefaultRedirectType);
    }

    [Fact]
    public async Task A_team_member_reads_the_settings_but_cannot_change_them_or_see_the_audit_log()
    {
        var (_, name, tom) = await TeamAsync();

        var settings = await _app.Domains.GetSettingsAsync(Person(tom), name, AppServices.None);

        Assert.Equal((name, MemberRole.TeamMember, SubscriptionStatus.Trial, 302, true),
            (settings.Name, settings.Role, settings.Status, settings.DefaultRedirectType, settings.IsSomeonesSignupDomain));
        await Assert.ThrowsAsync<ForbiddenProblem>(() => _app.Domains.UpdateRedirectTypeAsync(Person(tom), name, 301, AppServices.None));
        await Assert.ThrowsAsync<ForbiddenProblem>(() => _app.Audit.ListAsync(Person(tom), name, AppServices.None));
        Assert.Equal(302, (await _app.Domains.GetSettingsAsync(Person(tom), name, AppServices.None)).DefaultRedirectType);
    }

    [Fact]
    public async Task A_team_member_sees_the_team_but_not_its_invitations_or_access_requests()
    {
        var (ada, name, tom) = await TeamAsync();
        await _app.Invitations.AddAsync(Person(ada), name, Unique.Email("newcomer"), MemberRole.TeamMember, AppServices.None);
        await _app.AccessRequests.RequestAsync(Person(await _app.SignInAsync(Unique.Email("asker"))), name, AppServices.None);

        var team = await _app.Team.GetAsync(Person(tom), name, AppServices.None);

        Assert.False(team.CanManage);
        Assert.Equal(2, team.Members.Count);
        Assert.True(team.Members.Single(m => m.UserId == tom).IsYou);
        Assert.Empty(team.Invitations);
        Assert.Empty(team.AccessRequests);
    }

    private async Task<(Guid Ada, string Name, Guid Tom)> TeamAsync()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        return (ada, name, await _app.AddMemberAsync(ada, name, Unique.Email("tom", name)));
    }
}
