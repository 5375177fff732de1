using System.Net.Http.Headers;
using UtmStudio.Features.Api;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>A client generated from the document creates a campaign and a link and reads them back through the real API.</summary>
public sealed class GeneratedClientTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_client_generated_from_the_document_creates_a_campaign_and_a_link_and_reads_them()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var key = (await App.CreateKeyAsync(domain.Ada, domain.Name, "campaigns", "links")).Key;
        var assembly = await GeneratedClient.BuildAsync(await _api.Client.GetStringAsync(ApiPaths.OpenApiDocument));
        using var http = new HttpClient { BaseAddress = _api.Client.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var client = Activator.CreateInstance(assembly.GetType($"{GeneratedClient.Namespace}.{GeneratedClient.ClassName}")!, http)!;

        var campaign = await GeneratedClient.CallAsync(client, "CreateCampaign",
            GeneratedClient.New(assembly, "CampaignInput", ("Name", "Generated Launch"), ("Source", "newsletter"), ("Objective", "sales")));
        var campaignId = (Guid)GeneratedClient.Get(campaign!, "Id")!;
        var link = await GeneratedClient.CallAsync(client, "CreateLink", GeneratedClient.New(assembly, "LinkInput",
            ("CampaignId", campaignId), ("LandingUrl", $"https://{domain.Name}/launch"), ("UtmSource", "newsletter"), ("UtmMedium", "email")));
        var read = await GeneratedClient.CallAsync(client, "GetLink", null, (Guid)GeneratedClient.Get(link!, "Id")!);
        var profile = await GeneratedClient.CallAsync(client, "GetProfile");

        Assert.Equal("generated_launch", GeneratedClient.Get(campaign!, "UtmCampaign"));
        Assert.Equal($"https://{domain.Name}/launch?utm_source=newsletter&utm_medium=email&utm_campaign=generated_launch", GeneratedClient.Get(read!, "FullUrl"));
        Assert.Equal(campaignId, GeneratedClient.Get(read!, "CampaignId"));
        Assert.Equal(domain.Name, GeneratedClient.Get(GeneratedClient.Get(profile!, "Domain")!, "Name"));
    }
}
