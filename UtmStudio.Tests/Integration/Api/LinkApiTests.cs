using System.Net;
using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Api.V1;
using UtmStudio.Features.Links.Channels;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>/api/v1/links over HTTP: each endpoint's success and its documented refusals.</summary>
public sealed class LinkApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Create_builds_the_url_and_channel_like_the_builder_and_the_same_url_twice_is_a_duplicate_naming_the_first()
    {
        var (domain, key) = await ArrangeAsync();
        var input = new LinkInput(domain.CampaignId, $"https://{domain.Name}/spring?ref=x", "Facebook", "paid social", Tags: ["Q2"]);

        using var response = await _api.SendAsync(HttpMethod.Post, "/api/v1/links", key, input);
        var created = await response.ReadAsync<LinkResource>(HttpStatusCode.Created);
        using var again = await _api.SendAsync(HttpMethod.Post, "/api/v1/links", key, input);
        var duplicate = await again.ProblemAsync(409, "link.duplicate");

        Assert.Equal($"https://{domain.Name}/spring?ref=x&utm_source=facebook&utm_medium=paid_social&utm_campaign=spring_sale", created.FullUrl);
        Assert.Equal(Ga4Channel.PaidSocial, created.Channel);
        Assert.Equal($"/api/v1/links/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.EndsWith("/l/" + created.ShortCode, created.ShortUrl, StringComparison.Ordinal);
        Assert.Equal(created.Id.ToString(), duplicate.GetProperty("existing").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Create_refuses_another_host_and_missing_values_by_field_and_an_unknown_campaign_as_not_found()
    {
        var (domain, key) = await ArrangeAsync();

        using var invalid = await _api.SendAsync(HttpMethod.Post, "/api/v1/links", key, new LinkInput(domain.CampaignId, "https://evil.test/", "", "email"));
        using var unknown = await _api.SendAsync(HttpMethod.Post, "/api/v1/links", key, new LinkInput(Guid.NewGuid(), $"https://{domain.Name}/", "a", "email"));

        var problem = await invalid.ProblemAsync(400, "validation.failed");
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("utm_source", fields);
        Assert.Contains("url", fields);
        await unknown.ProblemAsync(404, "not_found");
    }

    [Fact]
    public async Task Preview_composes_the_url_and_channel_with_the_conventions_changes_and_saves_nothing()
    {
        var (domain, key) = await ArrangeAsync();

        using var response = await _api.SendAsync(HttpMethod.Post, "/api/v1/links/preview", key,
            new LinkInput(domain.CampaignId, $"https://{domain.Name}/x#top", "Google", "cpc", "Hero Banner"));
        var preview = await response.ReadAsync<LinkPreviewResource>();
        using var broken = await _api.SendAsync(HttpMethod.Post, "/api/v1/links/preview", key, new LinkInput(domain.CampaignId, "javascript:alert(1)", "a", "b"));

        Assert.True(preview.IsValid);
        Assert.Equal($"https://{domain.Name}/x?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale&utm_content=hero_banner#top", preview.FullUrl);
        Assert.Equal(Ga4Channel.PaidSearch, preview.Channel);
        Assert.Contains(preview.Changes, c => c.Parameter == "utm_source" && c.From == "Google" && c.To == "google");
        var invalid = await broken.ReadAsync<LinkPreviewResource>();
        Assert.False(invalid.IsValid);
        Assert.Contains("url", invalid.Problems.Keys);
        await using var db = database.CreateOwnerContext();
        Assert.False(await db.Links.AnyAsync(l => l.CampaignId == domain.CampaignId));
    }

    [Fact]
    public async Task List_filters_on_utm_values_and_channel_and_pages_with_a_cursor()
    {
        var (domain, key) = await ArrangeAsync();
        foreach (var (page, source, medium) in new[] { ("a", "newsletter", "email"), ("b", "facebook", "paid_social"), ("c", "newsletter", "email"), ("d", "google", "cpc") })
        {
            await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft(page) with { Source = source, Medium = medium }, AppServices.None);
        }

        using var email = await _api.SendAsync(HttpMethod.Get, "/api/v1/links?channel=email&limit=1", key);
        var first = await email.ReadAsync<Page<LinkResource>>();
        using var next = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links?channel=email&limit=1&cursor={first.NextCursor}", key);
        var second = await next.ReadAsync<Page<LinkResource>>();
        using var bySource = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links?source=FACEBOOK&campaign={domain.CampaignId}", key);
        using var badChannel = await _api.SendAsync(HttpMethod.Get, "/api/v1/links?channel=tv", key);

        Assert.Equal([$"https://{domain.Name}/c"], first.Items.Select(l => l.LandingUrl));
        Assert.Equal([$"https://{domain.Name}/a"], second.Items.Select(l => l.LandingUrl));
        Assert.Null(second.NextCursor);
        Assert.Equal(["facebook"], (await bySource.ReadAsync<Page<LinkResource>>()).Items.Select(l => l.Utm.Source));
        await badChannel.ProblemAsync(400, "validation.failed");
    }

    [Fact]
    public async Task Get_update_with_if_match_and_delete()
    {
        var (domain, key) = await ArrangeAsync();
        var link = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("edit"), AppServices.None)).Link;
        var other = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("other"), AppServices.None)).Link;
        var input = new LinkInput(domain.CampaignId, $"https://{domain.Name}/edited", "newsletter", "email");

        using var get = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{link.Id}", key);
        var read = await get.ReadAsync<LinkResource>();
        using var missing = await _api.SendAsync(HttpMethod.Put, $"/api/v1/links/{link.Id}", key, input);
        using var updated = await _api.SendAsync(HttpMethod.Put, $"/api/v1/links/{link.Id}", key, input, h => h.IfMatch.ParseAdd(read.ETag));
        using var stale = await _api.SendAsync(HttpMethod.Put, $"/api/v1/links/{link.Id}", key, input, h => h.IfMatch.ParseAdd(read.ETag));
        var fresh = await App.Links.GetAsync(Person(domain.Tom), domain.Name, link.Id, AppServices.None);
        using var duplicate = await _api.SendAsync(HttpMethod.Put, $"/api/v1/links/{link.Id}", key,
            input with { LandingUrl = other.LandingUrl }, h => h.IfMatch.ParseAdd($"\"{fresh.Version}\""));
        using var deleted = await _api.SendAsync(HttpMethod.Delete, $"/api/v1/links/{link.Id}", key);
        using var gone = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{link.Id}", key);

        Assert.Equal(read.ETag, get.Headers.ETag?.Tag);
        await missing.ProblemAsync(428, "precondition.required");
        Assert.Equal($"https://{domain.Name}/edited", (await updated.ReadAsync<LinkResource>()).LandingUrl);
        await stale.ProblemAsync(412, "precondition.failed");
        Assert.Equal(other.Id.ToString(), (await duplicate.ProblemAsync(409, "link.duplicate")).GetProperty("existing").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await gone.ProblemAsync(404, "not_found");
    }

    private async Task<(LinkDomain Domain, string Key)> ArrangeAsync()
    {
        var domain = await LinkDomain.CreateAsync(App);
        await database.SetConventionsAsync(domain.Name, """{"lowercase":true,"spaces":"underscore"}""");
        return (domain, (await App.CreateKeyAsync(domain.Ada, domain.Name, "links", "campaigns")).Key);
    }
}
