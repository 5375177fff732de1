using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Features.Domains;

namespace UtmStudio.Tests.Integration.Domains;

/// <summary>Rule 4: only a manager deletes a domain, never one someone signed up with; confirmed by its name; recorded.</summary>
public sealed class DomainDeletionTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Fact]
    public async Task A_team_member_cannot_delete_a_domain()
    {
        var (ada, _, extra) = await ManagerWithSecondDomainAsync();
        var carl = await _app.AddMemberAsync(ada, extra, Unique.Email("carl"));

        await Assert.ThrowsAsync<ForbiddenProblem>(() => _app.Domains.DeleteAsync(Person(carl), extra, extra, AppServices.None));

        Assert.True(await ExistsAsync(extra));
    }

    [Fact]
    public async Task A_wrong_confirmation_is_refused_and_keeps_the_domain()
    {
        var (ada, _, extra) = await ManagerWithSecondDomainAsync();

        await Assert.ThrowsAsync<ValidationProblem>(() => _app.Domains.DeleteAsync(Person(ada), extra, "acme.test", AppServices.None));
        await Assert.ThrowsAsync<ValidationProblem>(() => _app.Domains.DeleteAsync(Person(ada), extra, null, AppServices.None));

        Assert.True(await ExistsAsync(extra));
    }

    [Fact]
    public async Task A_domain_someone_signed_up_with_cannot_be_deleted()
    {
        var (ada, signup, _) = await ManagerWithSecondDomainAsync();

        await ProblemAssert.RefusedAsync(ErrorCodes.DomainIsSignupDomain, () => _app.Domains.DeleteAsync(Person(ada), signup, signup, AppServices.None));

        Assert.True(await ExistsAsync(signup));
        Assert.True((await _app.Domains.GetSettingsAsync(Person(ada), signup, AppServices.None)).IsSomeonesSignupDomain);
    }

    [Fact]
    public async Task Deleting_a_domain_removes_its_team_campaigns_links_invitations_and_requests_and_is_recorded()
    {
        var (ada, signup, extra) = await ManagerWithSecondDomainAsync();
        var carlDomain = Unique.Domain("carls");
        var carl = await _app.SignUpAsync(Unique.Email("carl", carlDomain), carlDomain);
        await _app.AddMemberAsync(ada, extra, Unique.Email("carl", carlDomain), MemberRole.Manager);
        await _app.Invitations.AddAsync(Person(ada), extra, Unique.Email("newcomer"), MemberRole.TeamMember, AppServices.None);
        var dave = await _app.SignInAsync(Unique.Email("dave"));
        await _app.AccessRequests.RequestAsync(Person(dave), extra, AppServices.None);
        var domainId = (await _app.Domains.GetSettingsAsync(Person(ada), extra, AppServices.None)).Id;
        await database.InsertCampaignWithLinkAsync(domainId, ada);

        await _app.Domains.DeleteAsync(Person(ada), extra, " " + extra.ToUpperInvariant() + " ", AppServices.None);

        await using var db = database.CreateOwnerContext();
        Assert.False(await db.Domains.AnyAsync(d => d.Id == domainId));
        Assert.Equal((0, 0, 0, 0, 0), (
            await db.Memberships.CountAsync(m => m.DomainId == domainId),
            await db.Campaigns.CountAsync(c => c.DomainId == domainId),
            await db.Links.CountAsync(l => l.DomainId == domainId),
            await db.Invitations.CountAsync(i => i.DomainId == domainId),
            await db.AccessRequests.CountAsync(r => r.DomainId == domainId)));
        var entry = await db.AuditLog.SingleAsync(a => a.DomainId == domainId && a.Action == DomainDeleted.Action);
        Assert.Equal((extra, ada), (entry.DomainName, entry.ActorUserId));
        Assert.Equal([signup], (await _app.Domains.ListMineAsync(Person(ada), AppServices.None)).Select(d => d.Name));
        Assert.Equal([carlDomain], (await _app.Domains.ListMineAsync(Person(carl), AppServices.None)).Select(d => d.Name));
        Assert.Equal(MemberRole.Manager, (await db.Users.SingleAsync(u => u.Id == carl)).Role);
        Assert.Empty(await _app.AccessRequests.ListMineAsync(Person(dave), AppServices.None));
    }

    [Fact]
    public async Task A_deleted_domain_name_is_free_to_be_created_again()
    {
        var (ada, _, extra) = await ManagerWithSecondDomainAsync();
        await _app.Domains.DeleteAsync(Person(ada), extra, extra, AppServices.None);

        var again = await _app.Domains.CreateAsync(Person(ada), extra, AppServices.None);

        Assert.Equal(extra, again.Name);
    }

    /// <summary>A manager with their sign-up domain and a second domain they created.</summary>
    private async Task<(Guid Ada, string Signup, string Extra)> ManagerWithSecondDomainAsync()
    {
        var signup = Unique.Domain("acme");
        var extra = Unique.Domain("acme-shop");
        var ada = await _app.SignUpAsync(Unique.Email("ada", signup), signup);
        await _app.Domains.CreateAsync(Person(ada), extra, AppServices.None);
        return (ada, signup, extra);
    }

    private async Task<bool> ExistsAsync(string name)
    {
        await using var db = database.CreateOwnerContext();
        return await db.Domains.AnyAsync(d => d.DomainName == name);
    }
}
