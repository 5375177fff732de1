using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Audit;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Features.Subscription;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Integration.Subscription;

/// <summary>An inactive domain, or a trial past its end, is read-only for everyone in it; reads keep working.</summary>
public sealed class ReadOnlyDomainTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly ManualTime _time = new();
    private AppServices App => field ??= new(database, _time);

    /// <summary>Every write a member of a domain can make, by name.</summary>
    public static TheoryData<string> Writes => [.. WriteOperations.Keys];

    private static readonly Dictionary<string, Func<AppServices, Arranged, Task>> WriteOperations = new()
    {
        ["add an existing user"] = (app, a) => app.Invitations.AddAsync(Person(a.Ada), a.Name, a.OutsiderEmail, MemberRole.TeamMember, AppServices.None),
        ["invite a new email"] = (app, a) => app.Invitations.AddAsync(Person(a.Ada), a.Name, Unique.Email("new"), MemberRole.TeamMember, AppServices.None),
        ["resend an invitation"] = (app, a) => app.Invitations.ResendAsync(Person(a.Ada), a.Name, a.InvitationId, AppServices.None),
        ["change a role"] = (app, a) => app.Team.ChangeRoleAsync(Person(a.Ada), a.Name, a.Tom, MemberRole.Manager, AppServices.None),
        ["remove a member"] = (app, a) => app.Team.RemoveAsync(Person(a.Ada), a.Name, a.Tom, AppServices.None),
        ["change the redirect type"] = (app, a) => app.Domains.UpdateRedirectTypeAsync(Person(a.Ada), a.Name, 301, AppServices.None),
        ["approve an access request"] = (app, a) => app.AccessRequests.DecideAsync(Person(a.Ada), a.Name, a.RequestId, true, AppServices.None),
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task An_inactive_domain_refuses(string write)
    {
        var arranged = await ArrangeAsync();
        await SetStatusAsync(arranged.Name, SubscriptionStatus.Inactive);
        var before = await database.SnapshotAsync(arranged.Name);

        await ProblemAssert.RefusedAsync(ErrorCodes.DomainReadOnly, () => WriteOperations[write](App, arranged));

        Assert.Equal(before, await database.SnapshotAsync(arranged.Name));
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_trial_past_its_end_refuses_before_the_expiry_job_has_run(string write)
    {
        var arranged = await ArrangeAsync();
        _time.Advance(TimeSpan.FromDays(15));
        var before = await database.SnapshotAsync(arranged.Name);

        await ProblemAssert.RefusedAsync(ErrorCodes.DomainReadOnly, () => WriteOperations[write](App, arranged));

        Assert.Equal(before, await database.SnapshotAsync(arranged.Name));
        await using var db = database.CreateOwnerContext();
        Assert.Equal(SubscriptionStatus.Trial, (await db.Domains.SingleAsync(d => d.DomainName == arranged.Name)).SubscriptionStatus);
    }

    [Fact]
    public async Task An_inactive_domain_can_still_be_read_and_says_it_is_read_only()
    {
        var arranged = await ArrangeAsync();
        await SetStatusAsync(arranged.Name, SubscriptionStatus.Inactive);

        var settings = await App.Domains.GetSettingsAsync(Person(arranged.Ada), arranged.Name, AppServices.None);
        var team = await App.Team.GetAsync(Person(arranged.Tom), arranged.Name, AppServices.None);
        var mine = await App.Domains.ListMineAsync(Person(arranged.Tom), AppServices.None);

        Assert.Equal(SubscriptionStatus.Inactive, settings.Status);
        Assert.True(team.IsReadOnly);
        Assert.Equal(2, team.Members.Count);
        Assert.Equal(SubscriptionStatus.Inactive, Assert.Single(mine).Status);
    }

    [Fact]
    public async Task A_trial_past_its_end_reads_as_inactive()
    {
        var arranged = await ArrangeAsync();
        _time.Advance(TimeSpan.FromDays(15));

        var settings = await App.Domains.GetSettingsAsync(Person(arranged.Ada), arranged.Name, AppServices.None);
        var team = await App.Team.GetAsync(Person(arranged.Ada), arranged.Name, AppServices.None);

        Assert.Equal(SubscriptionStatus.Inactive, settings.Status);
        Assert.True(team.IsReadOnly);
    }

    [Fact]
    public async Task The_trial_expiry_job_marks_ended_trials_inactive_once_and_records_it()
    {
        var ended = await ArrangeAsync();
        _time.Advance(TimeSpan.FromDays(15));
        var running = Unique.Domain("running");
        await App.SignUpAsync(Unique.Email("ron", running), running);

        var expired = await App.TrialExpiry.ExpireDueTrialsAsync(AppServices.None);
        var again = await App.TrialExpiry.ExpireDueTrialsAsync(AppServices.None);

        Assert.True(expired >= 1);
        Assert.Equal(0, again);
        await using var db = database.CreateOwnerContext();
        Assert.Equal(SubscriptionStatus.Inactive, (await db.Domains.SingleAsync(d => d.DomainName == ended.Name)).SubscriptionStatus);
        Assert.Equal(SubscriptionStatus.Trial, (await db.Domains.SingleAsync(d => d.DomainName == running)).SubscriptionStatus);
        var entry = Assert.Single(await db.AuditLog.Where(a => a.DomainName == ended.Name && a.Action == TrialExpired.Action).ToListAsync());
        Assert.Null(entry.ActorUserId);
        Assert.Contains(await App.Audit.ListAsync(Person(ended.Ada), ended.Name, AppServices.None), a => a.Action == TrialExpired.Action);
    }

    /// <summary>A trial domain (ada manager, tom team member), an open invitation, a pending request, and an outsider with an account.</summary>
    private async Task<Arranged> ArrangeAsync()
    {
        var name = Unique.Domain("acme");
        var ada = await App.SignUpAsync(Unique.Email("ada", name), name);
        var tom = await App.AddMemberAsync(ada, name, Unique.Email("tom", name));
        await App.Invitations.AddAsync(Person(ada), name, Unique.Email("invited"), MemberRole.TeamMember, AppServices.None);
        var outsiderEmail = Unique.Email("outsider");
        var outsider = await App.SignInAsync(outsiderEmail);
        var request = await App.AccessRequests.RequestAsync(Person(outsider), name, AppServices.None);
        var invitation = Assert.Single((await App.Team.GetAsync(Person(ada), name, AppServices.None)).Invitations);
        return new Arranged(ada, name, tom, outsiderEmail, invitation.Id, request.Id);
    }

    private async Task SetStatusAsync(string name, SubscriptionStatus status)
    {
        await using var db = database.CreateOwnerContext();
        await db.Domains.Where(d => d.DomainName == name).ExecuteUpdateAsync(d => d.SetProperty(x => x.SubscriptionStatus, status));
    }

    public sealed record Arranged(Guid Ada, string Name, Guid Tom, string OutsiderEmail, Guid InvitationId, Guid RequestId);
}
