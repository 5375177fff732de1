using System.Net;
using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Api.V1;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>/api/v1/campaigns over HTTP: each endpoint's success and its documented refusals.</summary>
public sealed class CampaignApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Create_answers_201_with_its_location_and_etag_and_get_reads_it_back()
    {
        var (domain, key) = await ArrangeAsync();
        var input = new CampaignInput("Spring Sale", "newsletter", "sales", Description: "Q2", StartsOn: new DateOnly(2026, 4, 1),
            Targeting: new TargetingResource(Locations: ["US"], Devices: ["mobile"]));

        using var response = await _api.SendAsync(HttpMethod.Post, "/api/v1/campaigns", key, input);
        var created = await response.ReadAsync<CampaignResource>(HttpStatusCode.Created);
        using var get = await _api.SendAsync(HttpMethod.Get, $"/api/v1/campaigns/{created.Id}", key);
        var read = await get.ReadAsync<CampaignResource>();

        Assert.Equal($"/api/v1/campaigns/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(created.ETag, response.Headers.ETag?.Tag);
        Assert.Equal(("spring_sale", CampaignStatus.Active, domain.Ada), (created.UtmCampaign, created.Status, created.CreatedBy));
        Assert.Equal(["US"], read.Targeting.Locations!);
        Assert.Equal(created.ETag, get.Headers.ETag?.Tag);
        Assert.Contains("\"status\":\"active\"", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_refuses_invalid_input_by_field_and_a_taken_name_with_its_code()
    {
        var (_, key) = await ArrangeAsync();
        using var first = await _api.SendAsync(HttpMethod.Post, "/api/v1/campaigns", key, new CampaignInput("Taken", "newsletter", "sales"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var invalid = await _api.SendAsync(HttpMethod.Post, "/api/v1/campaigns", key, new CampaignInput("", "", "sales"));
        using var taken = await _api.SendAsync(HttpMethod.Post, "/api/v1/campaigns", key, new CampaignInput("taken", "newsletter", "sales", UtmCampaign: "other"));
        using var malformed = await _api.SendAsync(HttpMethod.Post, "/api/v1/campaigns", key, "{\"name\": ");

        var problem = await invalid.ProblemAsync(400, "validation.failed");
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
        await taken.ProblemAsync(409, "campaign.name_taken");
        await malformed.ProblemAsync(400, "request.invalid");
    }

    [Fact]
    public async Task List_filters_and_pages_with_a_cursor_newest_first()
    {
        var (domain, key) = await ArrangeAsync();
        foreach (var name in new[] { "A1", "A2", "A3", "B1" })
        {
            await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, CampaignArrange.Draft(name) with { Source = name[0] == 'A' ? "ads" : "blog" }, AppServices.None);
        }

        using var first = await _api.SendAsync(HttpMethod.Get, "/api/v1/campaigns?source=ads&limit=2", key);
        var page1 = await first.ReadAsync<Page<CampaignSummary>>();
        using var second = await _api.SendAsync(HttpMethod.Get, $"/api/v1/campaigns?source=ads&limit=2&cursor={page1.NextCursor}", key);
        var page2 = await second.ReadAsync<Page<CampaignSummary>>();
        using var paused = await _api.SendAsync(HttpMethod.Get, "/api/v1/campaigns?status=paused", key);
        using var badCursor = await _api.SendAsync(HttpMethod.Get, "/api/v1/campaigns?cursor=nonsense", key);
        using var badLimit = await _api.SendAsync(HttpMethod.Get, "/api/v1/campaigns?limit=1000", key);
        using var badStatus = await _api.SendAsync(HttpMethod.Get, "/api/v1/campaigns?status=running", key);

        Assert.Equal(["A3", "A2"], page1.Items.Select(c => c.Name));
        Assert.Equal(["A1"], page2.Items.Select(c => c.Name));
        Assert.Null(page2.NextCursor);
        Assert.Empty((await paused.ReadAsync<Page<CampaignSummary>>()).Items);
        await badCursor.ProblemAsync(400, "validation.failed");
        await badLimit.ProblemAsync(400, "validation.failed");
        await badStatus.ProblemAsync(400, "validation.failed");
    }

    [Fact]
    public async Task Update_needs_if_match_refuses_a_stale_etag_with_the_current_campaign_and_saves_with_the_current_one()
    {
        var (domain, key) = await ArrangeAsync();
        var campaign = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, CampaignArrange.Draft("Editable"), AppServices.None);
        var stale = Etag(campaign.Version);
        await App.Campaigns.UpdateAsync(Person(domain.Tom), domain.Name, campaign.Id, campaign.ToDraft() with { Objective = "leads" },
            campaign.Version, Features.Campaigns.LinksOnUtmCampaignChange.Ask, AppServices.None);
        var input = new CampaignInput("Edited", "newsletter", "awareness", UtmCampaign: campaign.UtmCampaign);

        using var missing = await _api.SendAsync(HttpMethod.Put, $"/api/v1/campaigns/{campaign.Id}", key, input);
        using var conflict = await _api.SendAsync(HttpMethod.Put, $"/api/v1/campaigns/{campaign.Id}", key, input, h => h.IfMatch.ParseAdd(stale));
        var problem = await conflict.ProblemAsync(412, "precondition.failed");
        var current = problem.GetProperty("current");
        using var saved = await _api.SendAsync(HttpMethod.Put, $"/api/v1/campaigns/{campaign.Id}", key, input,
            h => h.IfMatch.ParseAdd(current.GetProperty("eTag").GetString()!));

        await missing.ProblemAsync(428, "precondition.required");
        Assert.Equal("leads", current.GetProperty("objective").GetString());
        Assert.Equal(current.GetProperty("eTag").GetString(), conflict.Headers.ETag?.Tag);
        var updated = await saved.ReadAsync<CampaignResource>();
        Assert.Equal(("Edited", "awareness"), (updated.Name, updated.Objective));
        Assert.NotEqual(current.GetProperty("eTag").GetString(), updated.ETag);
    }

    [Fact]
    public async Task Changing_utm_campaign_of_a_campaign_with_links_asks_unless_the_client_says_what_the_links_do()
    {
        var (domain, key) = await ArrangeAsync();
        var campaign = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, CampaignArrange.Draft("Linked"), AppServices.None);
        await database.AddLinkAsync(campaign.Id, campaign.UtmCampaign, $"https://{domain.Name}/?utm_source=newsletter&utm_medium=email&utm_campaign=linked");
        var fresh = await App.Campaigns.GetAsync(Person(domain.Ada), domain.Name, campaign.Id, AppServices.None);
        var input = new CampaignInput("Linked", "newsletter", "sales", UtmCampaign: "renamed");

        using var ask = await _api.SendAsync(HttpMethod.Put, $"/api/v1/campaigns/{campaign.Id}", key, input, h => h.IfMatch.ParseAdd(Etag(fresh.Version)));
        using var keep = await _api.SendAsync(HttpMethod.Put, $"/api/v1/campaigns/{campaign.Id}", key,
            input with { LinksOnUtmCampaignChange = Features.Campaigns.LinksOnUtmCampaignChange.KeepOld }, h => h.IfMatch.ParseAdd(Etag(fresh.Version)));

        await ask.ProblemAsync(422, "campaign.utm_campaign_has_links");
        Assert.Equal("renamed", (await keep.ReadAsync<CampaignResource>()).UtmCampaign);
    }

    [Fact]
    public async Task Status_changes_with_or_without_if_match_and_a_stale_one_is_412()
    {
        var (domain, key) = await ArrangeAsync();
        var campaign = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, CampaignArrange.Draft("Moving"), AppServices.None);

        using var paused = await _api.SendAsync(HttpMethod.Post, $"/api/v1/campaigns/{campaign.Id}/status", key, new CampaignStatusInput(CampaignStatus.Paused));
        using var stale = await _api.SendAsync(HttpMethod.Post, $"/api/v1/campaigns/{campaign.Id}/status", key,
            new CampaignStatusInput(CampaignStatus.Completed), h => h.IfMatch.ParseAdd(Etag(campaign.Version)));
        using var bad = await _api.SendAsync(HttpMethod.Post, $"/api/v1/campaigns/{campaign.Id}/status", key, "{\"status\":\"running\"}");

        Assert.Equal(CampaignStatus.Paused, (await paused.ReadAsync<CampaignResource>()).Status);
        await stale.ProblemAsync(412, "precondition.failed");
        await bad.ProblemAsync(400, "request.invalid");
    }

    [Fact]
    public async Task Delete_answers_204_then_404_and_a_read_only_domain_refuses_changes()
    {
        var (domain, key) = await ArrangeAsync();
        var campaign = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, CampaignArrange.Draft("Doomed"), AppServices.None);

        using var deleted = await _api.SendAsync(HttpMethod.Delete, $"/api/v1/campaigns/{campaign.Id}", key);
        using var again = await _api.SendAsync(HttpMethod.Delete, $"/api/v1/campaigns/{campaign.Id}", key);
        using var gone = await _api.SendAsync(HttpMethod.Get, $"/api/v1/campaigns/{campaign.Id}", key);
        await database.SetInactiveAsync(domain.Name);
        using var readOnly = await _api.SendAsync(HttpMethod.Post, "/api/v1/campaigns", key, new CampaignInput("Late", "newsletter", "sales"));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await again.ProblemAsync(404, "not_found");
        await gone.ProblemAsync(404, "not_found");
        await readOnly.ProblemAsync(409, "domain.read_only");
        await using var db = database.CreateOwnerContext();
        Assert.False(await db.Campaigns.AnyAsync(c => c.Id == campaign.Id));
    }

    private async Task<(CampaignDomain Domain, string Key)> ArrangeAsync()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        return (domain, (await App.CreateKeyAsync(domain.Ada, domain.Name, "campaigns")).Key);
    }

    private static string Etag(uint version) => $"\"{version}\"";
}
