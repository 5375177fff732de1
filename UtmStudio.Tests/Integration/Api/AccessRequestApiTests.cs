using System.Net;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Api.V1;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>/api/v1/access-requests over HTTP: listed, approved and declined as on the team page, and each documented refusal.</summary>
public sealed class AccessRequestApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_request_is_listed_approved_as_a_team_member_and_answering_it_again_is_409()
    {
        var (domain, key) = await ArrangeAsync();
        var (bob, request) = await RequestAsync(domain, "bob");

        using var listed = await _api.SendAsync(HttpMethod.Get, "/api/v1/access-requests", key);
        var pending = await listed.ReadAsync<Page<AccessRequestResource>>();
        using var approved = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{request}/approve", key);
        using var again = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{request}/approve", key);
        using var declineAfter = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{request}/decline", key);
        using var after = await _api.SendAsync(HttpMethod.Get, "/api/v1/access-requests", key);

        var only = Assert.Single(pending.Items);
        Assert.Equal((request, bob, Unique.Email("bob", domain.Name)), (only.Id, only.UserId, only.Email));
        Assert.Null(pending.NextCursor);
        var member = await approved.ReadAsync<MemberResource>();
        Assert.Equal((bob, MemberRole.TeamMember, only.Email), (member.UserId, member.Role, member.Email));
        Assert.Contains("already approved", (await again.ProblemAsync(409, "team.request_answered")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await declineAfter.ProblemAsync(409, "team.request_answered");
        Assert.Empty((await after.ReadAsync<Page<AccessRequestResource>>()).Items);
        Assert.Contains((await App.Team.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).Members, m => m.UserId == bob);
    }

    [Fact]
    public async Task A_request_is_declined_and_unknown_or_withdrawn_requests_are_404()
    {
        var (domain, key) = await ArrangeAsync();
        var (carol, request) = await RequestAsync(domain, "carol");
        var (dan, withdrawn) = await RequestAsync(domain, "dan");
        await App.AccessRequests.WithdrawAsync(Person(dan), withdrawn, AppServices.None);

        using var declined = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{request}/decline", key);
        using var again = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{request}/decline", key);
        using var approveAfter = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{request}/approve", key);
        using var unknownApprove = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{Guid.NewGuid()}/approve", key);
        using var unknownDecline = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{Guid.NewGuid()}/decline", key);
        using var withdrawnApprove = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{withdrawn}/approve", key);

        Assert.Equal(HttpStatusCode.NoContent, declined.StatusCode);
        Assert.Contains("already declined", (await again.ProblemAsync(409, "team.request_answered")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await approveAfter.ProblemAsync(409, "team.request_answered");
        foreach (var missing in new[] { unknownApprove, unknownDecline, withdrawnApprove })
        {
            await missing.ProblemAsync(404, "not_found");
        }

        var members = (await App.Team.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).Members;
        Assert.DoesNotContain(members, m => m.UserId == carol || m.UserId == dan);
    }

    [Fact]
    public async Task A_member_level_key_gets_403_for_the_list_and_both_answers_and_the_request_stays_pending()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var (_, request) = await RequestAsync(domain, "eve");
        var key = await App.MemberLevelKeyAsync(domain, "team");

        using var list = await _api.SendAsync(HttpMethod.Get, "/api/v1/access-requests", key);
        using var approve = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{request}/approve", key);
        using var decline = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{request}/decline", key);

        foreach (var refused in new[] { list, approve, decline })
        {
            await refused.ProblemAsync(403, "forbidden");
        }

        Assert.Equal([request], (await App.Team.GetAsync(Person(domain.Tom), domain.Name, AppServices.None)).AccessRequests.Select(r => r.Id));
    }

    [Fact]
    public async Task Without_the_team_scope_the_list_needs_read_and_the_answers_are_403_naming_team()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var (_, request) = await RequestAsync(domain, "fay");
        var links = (await App.CreateKeyAsync(domain.Ada, domain.Name, "links")).Key;
        var read = (await App.CreateKeyAsync(domain.Ada, domain.Name, "read")).Key;

        using var list = await _api.SendAsync(HttpMethod.Get, "/api/v1/access-requests", links);
        using var readList = await _api.SendAsync(HttpMethod.Get, "/api/v1/access-requests", read);
        using var approve = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{request}/approve", read);
        using var decline = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{request}/decline", read);

        Assert.Equal(["read", "team"], (await list.ProblemAsync(403, "auth.scope_missing")).GetProperty("requiredScopes").EnumerateArray().Select(e => e.GetString()));
        Assert.Single((await readList.ReadAsync<Page<AccessRequestResource>>()).Items);
        Assert.Equal("team", (await approve.ProblemAsync(403, "auth.scope_missing")).GetProperty("missingScope").GetString());
        Assert.Equal("team", (await decline.ProblemAsync(403, "auth.scope_missing")).GetProperty("missingScope").GetString());
        Assert.Single((await App.Team.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).AccessRequests);
    }

    [Fact]
    public async Task A_read_only_domain_cannot_approve_but_can_still_decline()
    {
        var (domain, key) = await ArrangeAsync();
        var (_, first) = await RequestAsync(domain, "gus");
        var (_, second) = await RequestAsync(domain, "hal");
        await database.SetInactiveAsync(domain.Name);

        using var approve = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{first}/approve", key);
        using var decline = await _api.SendAsync(HttpMethod.Post, $"/api/v1/access-requests/{second}/decline", key);

        await approve.ProblemAsync(409, "domain.read_only");
        Assert.Equal(HttpStatusCode.NoContent, decline.StatusCode);
        Assert.Equal([first], (await App.Team.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).AccessRequests.Select(r => r.Id));
    }

    /// <summary>Someone new asks to join the domain, as from the welcome page.</summary>
    private async Task<(Guid UserId, Guid RequestId)> RequestAsync(CampaignDomain domain, string who)
    {
        var userId = await App.SignInAsync(Unique.Email(who, domain.Name));
        return (userId, (await App.AccessRequests.RequestAsync(Person(userId), domain.Name, AppServices.None)).Id);
    }

    private async Task<(CampaignDomain Domain, string Key)> ArrangeAsync()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        return (domain, (await App.CreateKeyAsync(domain.Ada, domain.Name, "team")).Key);
    }
}
