using System.Net;
using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Api.V1;
using UtmStudio.Features.Links.Conventions;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>/api/v1/domain and its conventions over HTTP: each endpoint's success and its documented refusals.</summary>
public sealed class DomainApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly LinkConventions Lowercase = new() { Lowercase = true, Mediums = AllowedValues.Closed("email", "cpc") };

    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Get_reads_the_settings_verification_and_subscription_of_the_keys_domain()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var key = (await App.CreateKeyAsync(domain.Ada, domain.Name, "read")).Key;

        using var response = await _api.SendAsync(HttpMethod.Get, "/api/v1/domain", key);
        var read = await response.ReadAsync<DomainResource>();

        Assert.Equal((domain.Name, 302, true, false, false), (read.Name, read.RedirectType, read.ForwardQueryParameters, read.QueryOverridesUtm, read.IsReadOnly));
        Assert.Equal(SubscriptionStatus.Trial, read.Subscription.Status);
        Assert.NotNull(read.Subscription.TrialEndsAt);
        Assert.Equal((true, "email"), (read.Verification.IsVerified, read.Verification.Method));
        Assert.NotNull(read.Verification.RecordValue); // the creator is a manager: the TXT value is theirs to see
        Assert.Contains("\"status\":\"trial\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unverified_inactive_domain_says_so()
    {
        var name = Unique.Domain("unver");
        var zoe = await App.SignUpAsync(Unique.Email("zoe", Unique.Domain("elsewhere")), name);
        var key = (await App.CreateKeyAsync(zoe, name, "read")).Key;
        await database.SetInactiveAsync(name);

        using var response = await _api.SendAsync(HttpMethod.Get, "/api/v1/domain", key);
        var read = await response.ReadAsync<DomainResource>();

        Assert.Equal((false, null, SubscriptionStatus.Inactive, true),
            (read.Verification.IsVerified, read.Verification.Method, read.Subscription.Status, read.IsReadOnly));
        Assert.False(string.IsNullOrEmpty(read.Verification.RecordName));
    }

    [Fact]
    public async Task Patch_changes_only_what_it_names_and_refuses_an_unknown_redirect_type_at_its_field()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var key = (await App.CreateKeyAsync(domain.Ada, domain.Name, "team")).Key;

        using var redirect = await _api.SendAsync(HttpMethod.Patch, "/api/v1/domain", key, new DomainSettingsInput(RedirectType: 301));
        using var forwarding = await _api.SendAsync(HttpMethod.Patch, "/api/v1/domain", key, new DomainSettingsInput(QueryOverridesUtm: true));
        using var invalid = await _api.SendAsync(HttpMethod.Patch, "/api/v1/domain", key, new DomainSettingsInput(RedirectType: 303));

        Assert.Equal((301, true, false), Settings(await redirect.ReadAsync<DomainResource>()));
        Assert.Equal((301, true, true), Settings(await forwarding.ReadAsync<DomainResource>()));
        var problem = await invalid.ProblemAsync(400, "validation.failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("redirectType", out _));
        var stored = await App.Domains.GetSettingsAsync(Person(domain.Ada), domain.Name, AppServices.None);
        Assert.Equal((301, true, true), (stored.DefaultRedirectType, stored.ForwardQueryParameters, stored.QueryOverridesUtm));
    }

    [Fact]
    public async Task A_patch_of_both_groups_is_all_or_nothing_and_an_invalid_later_field_changes_nothing()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var key = (await App.CreateKeyAsync(domain.Ada, domain.Name, "team")).Key;
        var auditBefore = await AuditCountAsync(domain.Name);

        // The redirect type is valid, the forwarding part is not: the redirect type must not land on its own.
        using var contradictory = await _api.SendAsync(HttpMethod.Patch, "/api/v1/domain", key,
            new DomainSettingsInput(RedirectType: 301, ForwardQueryParameters: false, QueryOverridesUtm: true));
        using var badRedirect = await _api.SendAsync(HttpMethod.Patch, "/api/v1/domain", key,
            new DomainSettingsInput(RedirectType: 303, ForwardQueryParameters: false));
        var unchanged = await App.Domains.GetSettingsAsync(Person(domain.Ada), domain.Name, AppServices.None);
        var auditAfterRefusals = await AuditCountAsync(domain.Name);
        using var both = await _api.SendAsync(HttpMethod.Patch, "/api/v1/domain", key,
            new DomainSettingsInput(RedirectType: 308, QueryOverridesUtm: true));

        Assert.True((await contradictory.ProblemAsync(400, "validation.failed")).GetProperty("errors").TryGetProperty("queryOverridesUtm", out _));
        Assert.True((await badRedirect.ProblemAsync(400, "validation.failed")).GetProperty("errors").TryGetProperty("redirectType", out _));
        Assert.Equal((302, true, false), (unchanged.DefaultRedirectType, unchanged.ForwardQueryParameters, unchanged.QueryOverridesUtm));
        Assert.Equal(auditBefore, auditAfterRefusals);
        Assert.Equal((308, true, true), Settings(await both.ReadAsync<DomainResource>()));
        Assert.Equal(auditBefore + 2, await AuditCountAsync(domain.Name)); // one entry per group, as on the page
    }

    [Fact]
    public async Task An_empty_patch_is_a_managers_operation_too()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var manager = (await App.CreateKeyAsync(domain.Ada, domain.Name, "team")).Key;
        using var managerEmpty = await _api.SendAsync(HttpMethod.Patch, "/api/v1/domain", manager, "{}");
        var member = await App.MemberLevelKeyAsync(domain, "team");

        using var memberEmpty = await _api.SendAsync(HttpMethod.Patch, "/api/v1/domain", member, "{}");
        using var memberNulls = await _api.SendAsync(HttpMethod.Patch, "/api/v1/domain", member, "{\"redirectType\":null}");

        Assert.Equal((302, true, false), Settings(await managerEmpty.ReadAsync<DomainResource>()));
        await memberEmpty.ProblemAsync(403, "forbidden");
        await memberNulls.ProblemAsync(403, "forbidden");
    }

    [Fact]
    public async Task Changes_need_the_team_scope_a_manager_creator_and_an_active_domain()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var readOnly = (await App.CreateKeyAsync(domain.Ada, domain.Name, "read", "links", "campaigns")).Key;
        var member = await App.MemberLevelKeyAsync(domain, "team");

        using var scope = await _api.SendAsync(HttpMethod.Patch, "/api/v1/domain", readOnly, new DomainSettingsInput(RedirectType: 301));
        using var forbidden = await _api.SendAsync(HttpMethod.Patch, "/api/v1/domain", member, new DomainSettingsInput(RedirectType: 301));
        using var memberReads = await _api.SendAsync(HttpMethod.Get, "/api/v1/domain", member);
        var tomsKey = (await App.CreateKeyAsync(domain.Tom, domain.Name, "team")).Key;
        await database.SetInactiveAsync(domain.Name);
        using var inactive = await _api.SendAsync(HttpMethod.Patch, "/api/v1/domain", tomsKey, new DomainSettingsInput(RedirectType: 301));

        Assert.Equal("team", (await scope.ProblemAsync(403, "auth.scope_missing")).GetProperty("missingScope").GetString());
        await forbidden.ProblemAsync(403, "forbidden");
        Assert.Null((await memberReads.ReadAsync<DomainResource>()).Verification.RecordValue);
        await inactive.ProblemAsync(409, "domain.read_only");
        Assert.Equal(302, (await App.Domains.GetSettingsAsync(Person(domain.Ada), domain.Name, AppServices.None)).DefaultRedirectType);
    }

    [Fact]
    public async Task Conventions_are_read_with_an_etag_and_replaced_only_with_the_current_one()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var reader = (await App.CreateKeyAsync(domain.Ada, domain.Name, "links")).Key;
        var manager = (await App.CreateKeyAsync(domain.Ada, domain.Name, "team")).Key;

        using var get = await _api.SendAsync(HttpMethod.Get, "/api/v1/domain/conventions", reader);
        var read = await get.ReadAsync<ConventionsResource>();
        using var missing = await _api.SendAsync(HttpMethod.Put, "/api/v1/domain/conventions", manager, Lowercase);
        using var saved = await _api.SendAsync(HttpMethod.Put, "/api/v1/domain/conventions", manager, Lowercase, h => h.IfMatch.ParseAdd(read.ETag));
        var after = await saved.ReadAsync<ConventionsResource>();
        using var stale = await _api.SendAsync(HttpMethod.Put, "/api/v1/domain/conventions", manager, LinkConventions.None, h => h.IfMatch.ParseAdd(read.ETag));

        Assert.True(read.Conventions.IsNone);
        Assert.Equal(read.ETag, get.Headers.ETag?.Tag);
        await missing.ProblemAsync(428, "precondition.required");
        Assert.Equal(Lowercase, after.Conventions);
        Assert.NotEqual(read.ETag, after.ETag);
        var conflict = await stale.ProblemAsync(412, "precondition.failed");
        Assert.True(conflict.GetProperty("current").GetProperty("conventions").GetProperty("lowercase").GetBoolean());
        Assert.Equal(Lowercase, (await App.LinkConventions.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).Conventions);
    }

    [Fact]
    public async Task Conventions_that_cannot_be_saved_are_400_by_field_and_a_member_level_key_is_refused()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var manager = (await App.CreateKeyAsync(domain.Ada, domain.Name, "team", "links")).Key;
        var etag = (await (await _api.SendAsync(HttpMethod.Get, "/api/v1/domain/conventions", manager)).ReadAsync<ConventionsResource>()).ETag;

        using var invalid = await _api.SendAsync(HttpMethod.Put, "/api/v1/domain/conventions", manager, new LinkConventions { MaxLength = 500 },
            h => h.IfMatch.ParseAdd(etag));
        var member = await App.MemberLevelKeyAsync(domain, "team");
        using var forbidden = await _api.SendAsync(HttpMethod.Put, "/api/v1/domain/conventions", member, Lowercase, h => h.IfMatch.ParseAdd(etag));

        var problem = await invalid.ProblemAsync(400, "validation.failed");
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
        await forbidden.ProblemAsync(403, "forbidden");
        await using var db = database.CreateOwnerContext();
        Assert.True(LinkConventions.FromJson(await db.Domains.Where(d => d.DomainName == domain.Name).Select(d => d.LinkConventions).SingleAsync()).IsNone);
    }

    private async Task<int> AuditCountAsync(string domainName)
    {
        await using var db = database.CreateOwnerContext();
        return await db.AuditLog.CountAsync(e => e.DomainName == domainName);
    }

    private static (int, bool, bool) Settings(DomainResource d) => (d.RedirectType, d.ForwardQueryParameters, d.QueryOverridesUtm);
}
