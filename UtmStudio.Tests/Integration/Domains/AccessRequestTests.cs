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
    private readonly ManualTime _time = new();
    private AppServices App => field ??= new(database, _time);

    [Fact]
    public async Task A_request_shows_on_the_managers_team_page_and_approving_it_makes_the_requester_a_team_member()
    {
        var name = Unique.Domain("acme");
        var ada = await App.SignUpAsync(Unique.Email("ada", name), name);
        var bobEmail = Unique.Email("bob", name);
        var bob = await App.SignInAsync(bobEmail);

        var request = await App.AccessRequests.RequestAsync(Person(bob), "https://www." + name, AppServices.None);

        Assert.Equal(name, request.DomainName);
        Assert.Equal([name], (await App.AccessRequests.ListMineAsync(Person(bob), AppServices.None)).Select(r => r.DomainName));
        var team = await App.Team.GetAsync(Person(ada), name, AppServices.None);
        var pending = Assert.Single(team.AccessRequests);
        Assert.Equal((request.Id, bob, bobEmail), (pending.Id, pending.UserId, pending.Email));

        await App.AccessRequests.DecideAsync(Person(ada), name, pending.Id, approve: true, AppServices.None);

        var mine = Assert.Single(await App.Domains.ListMineAsync(Person(bob), AppServices.None));
        Assert.Equal((name, MemberRole.TeamMember, true), (mine.Name, mine.Role, mine.IsSignupDomain));
        team = await App.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.Empty(team.AccessRequests);
        Assert.Contains(team.Members, m => m.UserId == bob && m.Role == MemberRole.TeamMember);
        Assert.Empty(await App.AccessRequests.ListMineAsync(Person(bob), AppServices.None));
        Assert.Contains(await App.Audit.ListAsync(Person(ada), name, AppServices.None), a => a.Action == AccessApproved.Action);
    }

    [Fact]
    public async Task A_declined_requester_does_not_join_and_can_still_name_another_domain()
    {
        var name = Unique.Domain("acme");
        var ada = await App.SignUpAsync(Unique.Email("ada", name), name);
        var bob = await App.SignInAsync(Unique.Email("bob", name));
        var request = await App.AccessRequests.RequestAsync(Person(bob), name, AppServices.None);

        await App.AccessRequests.DecideAsync(Person(ada), name, request.Id, approve: false, AppServices.None);

        Assert.Empty(await App.Domains.ListMineAsync(Person(bob), AppServices.None));
        Assert.Empty(await App.AccessRequests.ListMineAsync(Person(bob), AppServices.None));
        var declined = Assert.Single(await App.AccessRequests.ListRecentlyDeclinedAsync(Person(bob), AppServices.None));
        Assert.Equal(name, declined.DomainName);
        Assert.Empty(await App.AccessRequests.ListRecentlyDeclinedAsync(Person(ada), AppServices.None));
        var team = await App.Team.GetAsync(Person(ada), name, AppServices.None);
        Assert.Empty(team.AccessRequests);
        Assert.DoesNotContain(team.Members, m => m.UserId == bob);
        await using (var db = database.CreateOwnerContext())
        {
            Assert.Equal(AccessRequestStatus.Declined, (await db.AccessRequests.SingleAsync(r => r.Id == request.Id)).Status);
        }

        var own = await App.Domains.CreateAsync(Person(bob), Unique.Domain("bobs"), AppServices.None);
        Assert.True(own.IsSignupDomain);
    }

    [Fact]
    public async Task A_second_pending_request_for_the_same_domain_is_refused()
    {
        var name = Unique.Domain("acme");
        await App.SignUpAsync(Unique.Email("ada", name), name);
        var bob = await App.SignInAsync(Unique.Email("bob", name));
        await App.AccessRequests.RequestAsync(Person(bob), name, AppServices.None);

        await ProblemAssert.RefusedAsync("team.already_requested", () => App.AccessRequests.RequestAsync(Person(bob), name.ToUpperInvariant(), AppServices.None));

        Assert.Single(await App.AccessRequests.ListMineAsync(Person(bob), AppServices.None));
    }

    [Fact]
    public async Task A_member_asking_for_access_to_their_own_domain_is_told_they_are_already_in_it()
    {
        var name = Unique.Domain("acme");
        var ada = await App.SignUpAsync(Unique.Email("ada", name), name);

        await ProblemAssert.RefusedAsync("team.already_member", () => App.AccessRequests.RequestAsync(Person(ada), name, AppServices.None));
    }

    [Fact]
    public async Task Asking_for_a_domain_nobody_uses_is_refused_with_a_hint_to_create_it()
    {
        var bob = await App.SignInAsync(Unique.Email("bob"));

        await ProblemAssert.RefusedAsync("domain.not_found", () => App.AccessRequests.RequestAsync(Person(bob), Unique.Domain("nobody"), AppServices.None));
    }

    [Fact]
    public async Task A_team_member_cannot_answer_access_requests()
    {
        var name = Unique.Domain("acme");
        var ada = await App.SignUpAsync(Unique.Email("ada", name), name);
        var tom = await App.AddMemberAsync(ada, name, Unique.Email("tom", name));
        var bob = await App.SignInAsync(Unique.Email("bob", name));
        var request = await App.AccessRequests.RequestAsync(Person(bob), name, AppServices.None);

        await Assert.ThrowsAsync<ForbiddenProblem>(() => App.AccessRequests.DecideAsync(Person(tom), name, request.Id, true, AppServices.None));

        Assert.Empty((await App.Team.GetAsync(Person(tom), name, AppServices.None)).AccessRequests);
        Assert.Empty(await App.Domains.ListMineAsync(Person(bob), AppServices.None));
    }

    [Fact]
    public async Task A_requester_who_withdraws_is_no_longer_pending()
    {
        var name = Unique.Domain("acme");
        var ada = await App.SignUpAsync(Unique.Email("ada", name), name);
        var bob = await App.SignInAsync(Unique.Email("bob", name));
        var request = await App.AccessRequests.RequestAsync(Person(bob), name, AppServices.None);

        await App.AccessRequests.WithdrawAsync(Person(bob), request.Id, AppServices.None);

        Assert.Empty(await App.AccessRequests.ListMineAsync(Person(bob), AppServices.None));
        Assert.Empty((await App.Team.GetAsync(Person(ada), name, AppServices.None)).AccessRequests);
        await Assert.ThrowsAsync<NotFoundProblem>(() => App.AccessRequests.DecideAsync(Person(ada), name, request.Id, true, AppServices.None));
    }

    [Fact]
    public async Task Five_requests_a_day_are_allowed_and_withdrawn_ones_count()
    {
        var bob = await App.SignInAsync(Unique.Email("bob"));
        var domains = await DomainsAsync(AccessRequestLimits.PerWindow + 1);
        foreach (var name in domains.Take(AccessRequestLimits.PerWindow))
        {
            var request = await App.AccessRequests.RequestAsync(Person(bob), name, AppServices.None);
            await App.AccessRequests.WithdrawAsync(Person(bob), request.Id, AppServices.None);
        }

        var refused = await ProblemAssert.RefusedAsync(AccessRequestService.RateLimited,
            () => App.AccessRequests.RequestAsync(Person(bob), domains[^1], AppServices.None));

        Assert.Contains("5 times in the last 24 hours", refused.Message, StringComparison.Ordinal);
        Assert.Contains("in about 24 hours", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await App.AccessRequests.ListMineAsync(Person(bob), AppServices.None));
    }

    [Fact]
    public async Task The_daily_limit_lifts_once_the_oldest_request_is_a_day_old()
    {
        var bob = await App.SignInAsync(Unique.Email("bob"));
        var domains = await DomainsAsync(AccessRequestLimits.PerWindow + 1);
        foreach (var name in domains.Take(AccessRequestLimits.PerWindow))
        {
            await App.AccessRequests.RequestAsync(Person(bob), name, AppServices.None);
        }

        _time.Advance(TimeSpan.FromHours(23));
        var refused = await ProblemAssert.RefusedAsync(AccessRequestService.RateLimited,
            () => App.AccessRequests.RequestAsync(Person(bob), domains[^1], AppServices.None));
        Assert.Contains("in about an hour", refused.Message, StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(5));
        await App.AccessRequests.RequestAsync(Person(bob), domains[^1], AppServices.None);

        Assert.Equal(AccessRequestLimits.PerWindow + 1, (await App.AccessRequests.ListMineAsync(Person(bob), AppServices.None)).Count);
    }

    [Fact]
    public async Task A_request_then_withdraw_loop_stops_adding_audit_entries_at_the_limit()
    {
        var name = Unique.Domain("acme");
        var ada = await App.SignUpAsync(Unique.Email("ada", name), name);
        var eve = await App.SignInAsync(Unique.Email("eve"));
        var before = (await App.Audit.ListAsync(Person(ada), name, AppServices.None)).Count;

        var refusals = 0;
        for (var round = 0; round < 3 * AccessRequestLimits.PerWindow; round++)
        {
            try
            {
                var request = await App.AccessRequests.RequestAsync(Person(eve), name, AppServices.None);
                await App.AccessRequests.WithdrawAsync(Person(eve), request.Id, AppServices.None);
            }
            catch (RuleProblem problem) when (problem.Code == AccessRequestService.RateLimited)
            {
                refusals++;
            }
        }

        var entries = (await App.Audit.ListAsync(Person(ada), name, AppServices.None)).Count - before;
        Assert.Equal(2 * AccessRequestLimits.PerWindow, entries); // one "asked" and one "withdrew" per allowed request
        Assert.Equal(2 * AccessRequestLimits.PerWindow, refusals);
    }

    [Fact]
    public async Task After_a_decline_the_same_domain_can_be_asked_again_only_a_week_later()
    {
        var name = Unique.Domain("acme");
        var ada = await App.SignUpAsync(Unique.Email("ada", name), name);
        var other = Unique.Domain("other");
        await App.SignUpAsync(Unique.Email("olga", other), other);
        var bob = await App.SignInAsync(Unique.Email("bob", name));
        var request = await App.AccessRequests.RequestAsync(Person(bob), name, AppServices.None);
        await App.AccessRequests.DecideAsync(Person(ada), name, request.Id, approve: false, AppServices.None);

        _time.Advance(TimeSpan.FromDays(6));
        var refused = await ProblemAssert.RefusedAsync(AccessRequestService.RateLimited,
            () => App.AccessRequests.RequestAsync(Person(bob), name, AppServices.None));
        Assert.Contains("declined your request", refused.Message, StringComparison.Ordinal);
        await App.AccessRequests.RequestAsync(Person(bob), other, AppServices.None); // another domain: no pause

        _time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await App.AccessRequests.RequestAsync(Person(bob), name, AppServices.None);

        Assert.Single((await App.Team.GetAsync(Person(ada), name, AppServices.None)).AccessRequests);
    }

    [Fact]
    public async Task The_databases_own_cap_counts_by_its_clock_so_back_dated_requests_do_not_slip_past_it()
    {
        var eve = await App.SignInAsync(Unique.Email("eve"));
        var domains = await DomainsAsync(21);
        await using var sql = await database.OpenAsync();
        await sql.ExecuteAsync($"SELECT set_config('app.user_id', '{eve}', false)");

        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(async () =>
        {
            foreach (var name in domains)
            {
                await sql.ExecuteAsync($"""
                    INSERT INTO access_requests (domain_id, user_id, status, created_at)
                    VALUES (app_domain_id_by_name('{name}'), '{eve}', 'pending', '2000-01-01')
                    """);
            }
        });

        Assert.Equal(AccessRequestLimits.DatabaseCapState, refused.SqlState);
        await using var owner = await database.OpenAsync(asOwner: true);
        Assert.Equal(20L, await owner.ScalarAsync<long>($"SELECT count(*) FROM access_requests WHERE user_id = '{eve}' AND created_at > now() - interval '1 hour'"));
    }

    /// <summary>Domains with a manager each, for someone to ask to join.</summary>
    private async Task<string[]> DomainsAsync(int count)
    {
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = Unique.Domain("team" + i);
            await App.SignUpAsync(Unique.Email("boss", names[i]), names[i]);
        }

        return names;
    }
}
