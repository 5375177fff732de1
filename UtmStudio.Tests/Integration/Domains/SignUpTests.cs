using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Features.Domains;

namespace UtmStudio.Tests.Integration.Domains;

/// <summary>Rules 1–3: naming a new domain creates it with its creator as manager; an existing one is not joined by name.</summary>
public sealed class SignUpTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Fact]
    public async Task Naming_a_new_domain_creates_it_on_a_trial_with_its_creator_as_manager()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignInAsync(Unique.Email("ada", name));

        var created = await _app.Domains.CreateAsync(Person(ada), name, AppServices.None);

        Assert.Equal((name, MemberRole.Manager, SubscriptionStatus.Trial, true),
            (created.Name, created.Role, created.Status, created.IsSignupDomain));
        await using var db = database.CreateOwnerContext();
        var domain = await db.Domains.SingleAsync(d => d.DomainName == name);
        var team = await db.Memberships.Where(m => m.DomainId == domain.Id).ToListAsync();
        var user = await db.Users.SingleAsync(u => u.Id == ada);
        Assert.Equal(ada, domain.ManagerId);
        Assert.Equal((ada, MemberRole.Manager), (Assert.Single(team).UserId, team[0].Role));
        Assert.Equal((MemberRole.Manager, domain.Id), (user.Role, user.SignupDomainId));
        Assert.Equal(SubscriptionStatus.Trial, domain.SubscriptionStatus);
        var expectedEnd = DateTimeOffset.UtcNow.AddDays(14);
        Assert.InRange(domain.TrialEndsAt!.Value, expectedEnd.AddMinutes(-2), expectedEnd.AddMinutes(2));
        Assert.Contains(await db.AuditLog.Where(a => a.DomainId == domain.Id).Select(a => a.Action).ToListAsync(),
            a => a == DomainCreated.Action);
    }

    [Fact]
    public async Task The_new_domain_is_listed_for_its_creator_as_their_sign_up_domain()
    {
        var name = Unique.Domain("listed");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);

        var mine = await _app.Domains.ListMineAsync(Person(ada), AppServices.None);

        Assert.Equal((name, MemberRole.Manager, true), (Assert.Single(mine).Name, mine[0].Role, mine[0].IsSignupDomain));
    }

    [Theory]
    [InlineData("https://WWW.{0}/about", "acme")]
    [InlineData("  HTTP://{0}/?utm_source=x#top ", "shop")]
    [InlineData("www.{0}.", "trailing")]
    public async Task A_typed_name_is_saved_normalized(string typed, string stem)
    {
        var name = Unique.Domain(stem);
        var ada = await _app.SignInAsync(Unique.Email("ada"));

        var created = await _app.Domains.CreateAsync(Person(ada), string.Format(typed, name.ToUpperInvariant()), AppServices.None);

        Assert.Equal(name, created.Name);
        await using var db = database.CreateOwnerContext();
        Assert.True(await db.Domains.AnyAsync(d => d.DomainName == name));
    }

    [Fact]
    public async Task An_internationalized_name_is_saved_in_its_ascii_form()
    {
        var ada = await _app.SignInAsync(Unique.Email("ada"));

        var created = await _app.Domains.CreateAsync(Person(ada), "Bücher.test", AppServices.None);

        Assert.Equal("xn--bcher-kva.test", created.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("localhost")]
    [InlineData("192.168.10.20")]
    [InlineData("ftp://files.acme.test")]
    [InlineData("acme.test:8080")]
    [InlineData("ada@acme.test")]
    public async Task A_name_that_is_not_a_domain_is_refused_and_nothing_is_created(string typed)
    {
        var ada = await _app.SignInAsync(Unique.Email("ada"));

        await Assert.ThrowsAsync<ValidationProblem>(() => _app.Domains.CreateAsync(Person(ada), typed, AppServices.None));

        Assert.Empty(await _app.Domains.ListMineAsync(Person(ada), AppServices.None));
    }

    [Fact]
    public async Task Naming_an_existing_domain_is_refused_as_taken_and_does_not_join_it()
    {
        var name = Unique.Domain("taken");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var bob = await _app.SignInAsync(Unique.Email("bob", name));

        await ProblemAssert.RefusedAsync(ErrorCodes.DomainTaken,
            () => _app.Domains.CreateAsync(Person(bob), "https://www." + name.ToUpperInvariant(), AppServices.None));

        Assert.Empty(await _app.Domains.ListMineAsync(Person(bob), AppServices.None));
        var team = await _app.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.Equal([ada], team.Members.Select(m => m.UserId));
        await using var db = database.CreateOwnerContext();
        Assert.Null((await db.Users.SingleAsync(u => u.Id == bob)).SignupDomainId);
    }

    [Fact]
    public async Task A_team_member_who_manages_no_domain_cannot_create_one()
    {
        var name = Unique.Domain("team");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var tom = await _app.AddMemberAsync(ada, name, Unique.Email("tom", name));
        var other = Unique.Domain("tomsown");

        await Assert.ThrowsAsync<ForbiddenProblem>(() => _app.Domains.CreateAsync(Person(tom), other, AppServices.None));

        await using var db = database.CreateOwnerContext();
        Assert.False(await db.Domains.AnyAsync(d => d.DomainName == other));
        Assert.Equal([name], (await _app.Domains.ListMineAsync(Person(tom), AppServices.None)).Select(d => d.Name));
    }

    [Fact]
    public async Task A_manager_who_creates_another_domain_manages_it_and_keeps_their_sign_up_domain()
    {
        var first = Unique.Domain("first");
        var second = Unique.Domain("second");
        var ada = await _app.SignUpAsync(Unique.Email("ada", first), first);

        var created = await _app.Domains.CreateAsync(Person(ada), second, AppServices.None);

        Assert.Equal((MemberRole.Manager, false), (created.Role, created.IsSignupDomain));
        var mine = await _app.Domains.ListMineAsync(Person(ada), AppServices.None);
        Assert.Equal([(first, MemberRole.Manager, true), (second, MemberRole.Manager, false)],
            mine.OrderBy(d => d.Name == second).Select(d => (d.Name, d.Role, d.IsSignupDomain)));
        await using var db = database.CreateOwnerContext();
        var domain = await db.Domains.SingleAsync(d => d.DomainName == second);
        Assert.Equal(ada, domain.ManagerId);
        Assert.Equal(created.Id, domain.Id);
        Assert.Equal((await db.Domains.SingleAsync(d => d.DomainName == first)).Id, (await db.Users.SingleAsync(u => u.Id == ada)).SignupDomainId);
    }

    [Fact]
    public async Task Two_people_naming_the_same_new_domain_at_once_get_one_domain_and_one_clear_refusal()
    {
        var name = Unique.Domain("race");
        var first = await _app.SignInAsync(Unique.Email("first"));
        var second = await _app.SignInAsync(Unique.Email("second"));

        var attempts = await Task.WhenAll(
            Attempt(() => _app.Domains.CreateAsync(Person(first), name, AppServices.None)),
            Attempt(() => _app.Domains.CreateAsync(Person(second), name, AppServices.None)));

        // Whichever ran first wins, however the two interleave; the other is told the domain has a team.
        Assert.Single(attempts, a => a is null);
        Assert.Equal(ErrorCodes.DomainTaken, Assert.Single(attempts, a => a is not null)!.Code);
        await using var db = database.CreateOwnerContext();
        Assert.Equal(1, await db.Domains.CountAsync(d => d.DomainName == name));
    }

    private static async Task<RuleProblem?> Attempt(Func<Task> create)
    {
        try
        {
            await create();
            return null;
        }
        catch (RuleProblem problem)
        {
            return problem;
        }
    }
}
