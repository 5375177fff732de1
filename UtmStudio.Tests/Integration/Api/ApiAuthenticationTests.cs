using System.Net;
using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Api.V1;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Http;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>Bearer keys on /api/v1: only valid ones get in; every refusal looks the same; scopes are checked; the audit trail names the key.</summary>
public sealed class ApiAuthenticationTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Missing_malformed_unknown_revoked_and_expired_keys_all_get_the_same_401_with_a_bearer_challenge()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var revoked = await App.CreateKeyAsync(domain.Ada, domain.Name, "read");
        await App.Keys().RevokeAsync(Person(domain.Ada), domain.Name, revoked.View.Id, AppServices.None);
        var expired = await App.CreateKeyAsync(domain.Ada, domain.Name, "read");
        await database.ExpireApiKeyAsync(expired.View.Id);
        var valid = await App.CreateKeyAsync(domain.Ada, domain.Name, "read");
        var wrongSecret = valid.Key[..^4] + "AAAA";

        var bodies = new List<string>();
        foreach (var key in new[] { null, "not-a-key", "utm_x", wrongSecret, revoked.Key, expired.Key, $"Basic {valid.Key}" })
        {
            using var response = key?.StartsWith("Basic", StringComparison.Ordinal) == true
                ? await _api.SendAsync(HttpMethod.Get, "/api/v1/profile", null, headers: h => h.TryAddWithoutValidation("Authorization", key))
                : await _api.SendAsync(HttpMethod.Get, "/api/v1/profile", key);
            var problem = await response.ProblemAsync(401, "authentication.required");
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            bodies.Add(problem.GetProperty("detail").GetString() + problem.GetProperty("title").GetString());
        }

        Assert.Single(bodies.Distinct());
        using var ok = await _api.SendAsync(HttpMethod.Get, "/api/v1/profile", valid.Key);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task A_revocation_holds_from_the_very_next_request()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var key = await App.CreateKeyAsync(domain.Ada, domain.Name, "read");
        using var before = await _api.SendAsync(HttpMethod.Get, "/api/v1/profile", key.Key);

        await App.Keys().RevokeAsync(Person(domain.Ada), domain.Name, key.View.Id, AppServices.None);
        using var after = await _api.SendAsync(HttpMethod.Get, "/api/v1/profile", key.Key);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await after.ProblemAsync(401, "authentication.required");
    }

    [Fact]
    public async Task A_signed_in_session_without_a_key_does_not_count_on_the_api_and_is_never_redirected()
    {
        var domain = await CampaignDomain.CreateAsync(App);

        using var response = await _api.SendAsync(HttpMethod.Get, "/api/v1/campaigns", null,
            headers: h => h.Add(HeaderAuthentication.UserHeader, domain.Ada.ToString()));

        await response.ProblemAsync(401, "authentication.required");
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task The_profile_names_the_keys_domain_scopes_and_creator_and_marks_the_key_used()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var key = await App.CreateKeyAsync(domain.Ada, domain.Name, "read", "links");

        using var response = await _api.SendAsync(HttpMethod.Get, "/api/v1/profile", key.Key);
        var profile = await response.ReadAsync<ProfileResource>();

        Assert.Equal((key.View.Id, key.View.Prefix, domain.Name, domain.Ada, "manager"),
            (profile.Key.Id, profile.Key.Prefix, profile.Domain.Name, profile.Creator.Id, profile.Creator.Role));
        Assert.Equal(["read", "links"], profile.Key.Scopes);
        Assert.NotNull((await App.Keys().ListAsync(Person(domain.Ada), domain.Name, AppServices.None)).Single().LastUsedAt);
    }

    [Fact]
    public async Task A_key_without_the_scope_gets_403_naming_it_and_changes_nothing()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var readOnly = await App.CreateKeyAsync(domain.Ada, domain.Name, "read");
        var linksOnly = await App.CreateKeyAsync(domain.Ada, domain.Name, "links");

        using var create = await _api.SendAsync(HttpMethod.Post, "/api/v1/campaigns", readOnly.Key, new CampaignInput("Nope", "newsletter", "sales"));
        using var list = await _api.SendAsync(HttpMethod.Get, "/api/v1/campaigns", linksOnly.Key);
        using var read = await _api.SendAsync(HttpMethod.Get, "/api/v1/campaigns", readOnly.Key);

        var missing = await create.ProblemAsync(403, "auth.scope_missing");
        Assert.Equal("campaigns", missing.GetProperty("missingScope").GetString());
        Assert.Contains("'campaigns'", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var listMissing = await list.ProblemAsync(403, "auth.scope_missing");
        Assert.Equal(["read", "campaigns"], listMissing.GetProperty("requiredScopes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await using var db = database.CreateOwnerContext();
        Assert.False(await db.Campaigns.AnyAsync(c => c.Name == "Nope"));
    }

    [Fact]
    public async Task What_a_key_does_is_audited_with_the_key_and_its_creator()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var key = await App.CreateKeyAsync(domain.Ada, domain.Name, "campaigns");

        using var response = await _api.SendAsync(HttpMethod.Post, "/api/v1/campaigns", key.Key, new CampaignInput("Audited", "newsletter", "sales"));
        var created = await response.ReadAsync<CampaignResource>(HttpStatusCode.Created);

        await using var db = database.CreateOwnerContext();
        var entries = await db.AuditLog.Where(a => a.Action == "campaign.created" && a.DomainName == domain.Name).ToListAsync();
        var entry = Assert.Single(entries, a => a.Details.Contains(created.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal((key.View.Id, domain.Ada), (entry.ActorApiKeyId, entry.ActorUserId));
        var shown = await App.Audit.ListAsync(Person(domain.Ada), domain.Name, Features.Audit.AuditFilter.None, null, AppServices.None);
        var who = Features.Audit.AuditDescriptions.Who(shown.Entries.Single(e => e.Id == entry.Id));
        Assert.EndsWith(" through the API key test key", who, StringComparison.Ordinal);
        Assert.StartsWith("ada@", who, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_acts_with_its_creators_current_role_so_a_demoted_creator_cannot_do_manager_operations()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        await App.Team.ChangeRoleAsync(Person(domain.Ada), domain.Name, domain.Tom, Data.Entities.MemberRole.Manager, AppServices.None);
        var key = await App.CreateKeyAsync(domain.Ada, domain.Name, "campaigns");
        var toms = await App.Campaigns.CreateAsync(Person(domain.Tom), domain.Name, CampaignArrange.Draft("Tom's"), AppServices.None);
        await App.Team.ChangeRoleAsync(Person(domain.Tom), domain.Name, domain.Ada, Data.Entities.MemberRole.TeamMember, AppServices.None);

        using var delete = await _api.SendAsync(HttpMethod.Delete, $"/api/v1/campaigns/{toms.Id}", key.Key);
        using var profile = await _api.SendAsync(HttpMethod.Get, "/api/v1/profile", key.Key);

        await delete.ProblemAsync(403, "forbidden");
        Assert.Equal("team_member", (await profile.ReadAsync<ProfileResource>()).Creator.Role);
        Assert.NotNull(await App.Campaigns.GetAsync(Person(domain.Tom), domain.Name, toms.Id, AppServices.None));
    }

    [Fact]
    public async Task Unknown_api_addresses_answer_problem_json_not_pages()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var key = await App.CreateKeyAsync(domain.Ada, domain.Name, "read");

        using var response = await _api.SendAsync(HttpMethod.Get, "/api/v1/nothing-here", key.Key);

        await response.ProblemAsync(404, "endpoint.not_found");
    }
}
