using System.Net;
using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Api.V1;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>Idempotency-Key on create endpoints: a retry gets the first answer and creates nothing; another body with the key is 422.</summary>
public sealed class ApiIdempotencyTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_retried_create_returns_the_same_response_and_creates_one_campaign()
    {
        var (domain, key) = await ArrangeAsync();
        var input = new CampaignInput("Once", "newsletter", "sales");
        var idempotencyKey = Guid.NewGuid().ToString();
        var auditBefore = await AuditCountAsync(domain.Name);

        using var first = await _api.SendAsync(HttpMethod.Post, "/api/v1/campaigns", key, input, h => h.Add("Idempotency-Key", idempotencyKey));
        using var retry = await _api.SendAsync(HttpMethod.Post, "/api/v1/campaigns", key, input, h => h.Add("Idempotency-Key", idempotencyKey));

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        await using var db = database.CreateOwnerContext();
        Assert.Equal(1, await db.Campaigns.CountAsync(c => c.Name == "Once" && c.DomainId == db.Domains.Single(d => d.DomainName == domain.Name).Id));
        Assert.Equal(auditBefore + 1, await AuditCountAsync(domain.Name));
    }

    private async Task<int> AuditCountAsync(string domainName)
    {
        await using var db = database.CreateOwnerContext();
        return await db.AuditLog.CountAsync(a => a.Action == "campaign.created" && a.DomainName == domainName);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_and_a_refusal_is_replayed_too()
    {
        var (domain, key) = await ArrangeAsync();
        var idempotencyKey = Guid.NewGuid().ToString();

        using var first = await _api.SendAsync(HttpMethod.Post, "/api/v1/links", key,
            new LinkInput(domain.CampaignId, $"https://{domain.Name}/a", "newsletter", "email"), h => h.Add("Idempotency-Key", idempotencyKey));
        using var other = await _api.SendAsync(HttpMethod.Post, "/api/v1/links", key,
            new LinkInput(domain.CampaignId, $"https://{domain.Name}/b", "newsletter", "email"), h => h.Add("Idempotency-Key", idempotencyKey));
        var refusalKey = Guid.NewGuid().ToString();
        var invalid = new LinkInput(domain.CampaignId, "https://elsewhere.test/", "newsletter", "email");
        using var refused = await _api.SendAsync(HttpMethod.Post, "/api/v1/links", key, invalid, h => h.Add("Idempotency-Key", refusalKey));
        using var refusedAgain = await _api.SendAsync(HttpMethod.Post, "/api/v1/links", key, invalid, h => h.Add("Idempotency-Key", refusalKey));
        using var badKey = await _api.SendAsync(HttpMethod.Post, "/api/v1/links", key, invalid, h => h.TryAddWithoutValidation("Idempotency-Key", new string('k', 300)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await other.ProblemAsync(422, "idempotency.key_reused");
        await refused.ProblemAsync(400, "validation.failed");
        await refusedAgain.ProblemAsync(400, "validation.failed");
        Assert.Equal("true", refusedAgain.Headers.GetValues("Idempotent-Replayed").Single());
        await badKey.ProblemAsync(400, "validation.failed");
        await using var db = database.CreateOwnerContext();
        Assert.Equal(1, await db.Links.CountAsync(l => l.CampaignId == domain.CampaignId));
    }

    [Fact]
    public async Task Another_key_does_not_see_the_first_keys_answers()
    {
        var (domain, key) = await ArrangeAsync();
        var second = (await App.CreateKeyAsync(domain.Ada, domain.Name, "campaigns")).Key;
        var idempotencyKey = Guid.NewGuid().ToString();

        using var first = await _api.SendAsync(HttpMethod.Post, "/api/v1/campaigns", key, new CampaignInput("Mine", "newsletter", "sales"),
            h => h.Add("Idempotency-Key", idempotencyKey));
        using var theirs = await _api.SendAsync(HttpMethod.Post, "/api/v1/campaigns", second, new CampaignInput("Theirs", "newsletter", "sales"),
            h => h.Add("Idempotency-Key", idempotencyKey));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("Theirs", (await theirs.ReadAsync<CampaignResource>(HttpStatusCode.Created)).Name);
        await using var app = await database.OpenAsync();
        Assert.Equal(0L, await app.ScalarAsync<long>("SELECT count(*) FROM api_idempotency"));
    }

    [Fact]
    public async Task A_key_without_the_scope_is_refused_before_its_idempotency_key_is_stored()
    {
        var (domain, _) = await ArrangeAsync();
        var readOnly = await App.CreateKeyAsync(domain.Ada, domain.Name, "read");

        using var refused = await _api.SendAsync(HttpMethod.Post, "/api/v1/campaigns", readOnly.Key, new CampaignInput("No", "newsletter", "sales"),
            h => h.Add("Idempotency-Key", "k-1"));

        await refused.ProblemAsync(403, "auth.scope_missing");
        await using var owner = await database.OpenAsync(asOwner: true);
        Assert.Equal(0L, await owner.ScalarAsync<long>($"SELECT count(*) FROM api_idempotency WHERE api_key_id = '{readOnly.View.Id}'"));
    }

    private async Task<(LinkDomain Domain, string Key)> ArrangeAsync()
    {
        var domain = await LinkDomain.CreateAsync(App);
        return (domain, (await App.CreateKeyAsync(domain.Ada, domain.Name, "links", "campaigns")).Key);
    }
}
