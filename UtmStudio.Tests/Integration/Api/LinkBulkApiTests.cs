using System.Net;
using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Api.V1;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>POST /api/v1/links/bulk over HTTP: a result per item, the bulk page's rules, limits, idempotency and scopes.</summary>
public sealed class LinkBulkApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Bulk = "/api/v1/links/bulk";

    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Mixed_items_are_created_reported_as_duplicates_with_the_link_or_refused_with_their_fields()
    {
        var (domain, key) = await ArrangeAsync();
        var had = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("had"), AppServices.None)).Link;
        LinkInput[] items =
        [
            new(domain.CampaignId, $"https://{domain.Name}/a", "newsletter", "email"),
            new(domain.CampaignId, $"https://{domain.Name}/a", "Newsletter", "email"),
            new(domain.CampaignId, had.LandingUrl, "newsletter", "email"),
            new(domain.CampaignId, "https://elsewhere.test/", "newsletter", "email"),
            new(Guid.NewGuid(), $"https://{domain.Name}/b", "newsletter", "email"),
            new(domain.CampaignId, $"https://{domain.Name}/c", "newsletter", "email", Tags: ["spring,sale"]),
            new(domain.CampaignId, $"https://{domain.Name}/d", "Facebook", "paid social", Label: "Ad", Tags: ["Q2"]),
        ];

        using var response = await _api.SendAsync(HttpMethod.Post, Bulk, key, new LinkBulkInput(items));
        var result = await response.ReadAsync<LinkBulkResult>();

        Assert.Equal((2, 2, 3), (result.Created, result.Duplicates, result.Invalid));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], result.Items.Select(i => i.Index));
        Assert.Equal(
            [LinkBulkStatus.Created, LinkBulkStatus.Duplicate, LinkBulkStatus.Duplicate, LinkBulkStatus.Invalid, LinkBulkStatus.Invalid,
                LinkBulkStatus.Invalid, LinkBulkStatus.Created],
            result.Items.Select(i => i.Status));
        Assert.Equal([null, "link.duplicate", "link.duplicate", "validation.failed", "not_found", "validation.failed", null], result.Items.Select(i => i.Code));
        var first = result.Items[0].Link!;
        Assert.Equal(domain.UrlOf("a"), first.FullUrl);
        Assert.Equal(first.Id, result.Items[1].Link!.Id);
        Assert.Contains("item 0", result.Items[1].Detail, StringComparison.Ordinal);
        Assert.Equal(had.Id, result.Items[2].Link!.Id);
        Assert.Equal(["url"], result.Items[3].Errors!.Keys);
        Assert.Contains("campaignId", result.Items[4].Errors!.Keys);
        Assert.Equal(["tags"], result.Items[5].Errors!.Keys);
        Assert.Contains("\"spring,sale\"", result.Items[5].Errors!["tags"][0], StringComparison.Ordinal);
        Assert.All(result.Items.Where(i => i.Status == LinkBulkStatus.Invalid), i => Assert.Null(i.Link));
        var last = result.Items[6].Link!;
        Assert.Equal($"https://{domain.Name}/d?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring_sale", last.FullUrl);
        Assert.Equal(["q2"], last.Tags);
        Assert.Equal(("Ad", domain.Ada), (last.Label, last.CreatedBy));
        await using var db = database.CreateOwnerContext();
        Assert.Equal(3, await db.Links.CountAsync(l => l.CampaignId == domain.CampaignId));
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.DomainName == domain.Name && a.Action == "link.imported"));
    }

    [Fact]
    public async Task An_empty_list_and_more_than_1000_items_are_refused_and_create_nothing()
    {
        var (domain, key) = await ArrangeAsync();
        var many = Enumerable.Range(0, 1001).Select(i => new LinkInput(domain.CampaignId, $"https://{domain.Name}/p{i}", "newsletter", "email")).ToList();

        using var tooMany = await _api.SendAsync(HttpMethod.Post, Bulk, key, new LinkBulkInput(many));
        using var empty = await _api.SendAsync(HttpMethod.Post, Bulk, key, new LinkBulkInput([]));
        using var missing = await _api.SendAsync(HttpMethod.Post, Bulk, key, "{}");
        using var nullItem = await _api.SendAsync(HttpMethod.Post, Bulk, key, "{\"links\":[null]}");

        Assert.Equal(["links"], (await tooMany.ProblemAsync(400, "validation.failed")).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        await empty.ProblemAsync(400, "validation.failed");
        await missing.ProblemAsync(400, "validation.failed");
        Assert.Equal(["links[0]"], (await nullItem.ProblemAsync(400, "validation.failed")).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        await using var db = database.CreateOwnerContext();
        Assert.False(await db.Links.AnyAsync(l => l.CampaignId == domain.CampaignId));
    }

    [Fact]
    public async Task A_retry_with_the_idempotency_key_gets_the_same_result_and_creates_nothing_twice()
    {
        var (domain, key) = await ArrangeAsync();
        var input = new LinkBulkInput([.. Enumerable.Range(0, 3).Select(i => new LinkInput(domain.CampaignId, $"https://{domain.Name}/r{i}", "newsletter", "email"))]);
        var idempotencyKey = Guid.NewGuid().ToString();

        using var first = await _api.SendAsync(HttpMethod.Post, Bulk, key, input, h => h.Add("Idempotency-Key", idempotencyKey));
        using var retry = await _api.SendAsync(HttpMethod.Post, Bulk, key, input, h => h.Add("Idempotency-Key", idempotencyKey));
        using var again = await _api.SendAsync(HttpMethod.Post, Bulk, key, input);

        Assert.Equal(3, (await first.ReadAsync<LinkBulkResult>()).Created);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(3, (await again.ReadAsync<LinkBulkResult>()).Duplicates); // without the key it runs: every URL is there already
        await using var db = database.CreateOwnerContext();
        Assert.Equal(3, await db.Links.CountAsync(l => l.CampaignId == domain.CampaignId));
        Assert.Equal(2, await db.AuditLog.CountAsync(a => a.DomainName == domain.Name && a.Action == "link.imported")); // the first call and the keyless one
    }

    [Fact]
    public async Task A_key_without_the_links_scope_is_403_a_member_level_key_creates_and_an_inactive_domain_is_read_only()
    {
        var (domain, _) = await ArrangeAsync();
        var input = new LinkBulkInput([new LinkInput(domain.CampaignId, $"https://{domain.Name}/m", "newsletter", "email")]);
        var readOnly = (await App.CreateKeyAsync(domain.Ada, domain.Name, "read", "campaigns")).Key;
        var member = await App.MemberLevelKeyAsync(new CampaignDomain(domain.Name, domain.Ada, domain.Tom), "links");

        using var refused = await _api.SendAsync(HttpMethod.Post, Bulk, readOnly, input);
        using var created = await _api.SendAsync(HttpMethod.Post, Bulk, member, input);
        await database.SetInactiveAsync(domain.Name);
        using var inactive = await _api.SendAsync(HttpMethod.Post, Bulk, member, input with { Links = [input.Links![0] with { LandingUrl = $"https://{domain.Name}/n" }] });

        Assert.Equal("links", (await refused.ProblemAsync(403, "auth.scope_missing")).GetProperty("missingScope").GetString());
        Assert.Equal(LinkBulkStatus.Created, (await created.ReadAsync<LinkBulkResult>()).Items.Single().Status); // any member imports (rule 7)
        await inactive.ProblemAsync(409, "domain.read_only");
        await using var db = database.CreateOwnerContext();
        Assert.Equal(1, await db.Links.CountAsync(l => l.CampaignId == domain.CampaignId));
    }

    private async Task<(LinkDomain Domain, string Key)> ArrangeAsync()
    {
        var domain = await LinkDomain.CreateAsync(App);
        await database.SetConventionsAsync(domain.Name, """{"lowercase":true,"spaces":"underscore"}""");
        return (domain, (await App.CreateKeyAsync(domain.Ada, domain.Name, "links")).Key);
    }
}
