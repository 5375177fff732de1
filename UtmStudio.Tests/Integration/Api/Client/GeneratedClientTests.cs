using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Api.Client.Generated;
using UtmStudio.Tests.Integration.Api.Client.Generated.Models;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Api.Client;

/// <summary>
/// The document is true: a client Kiota generated from docs/api/openapi-v1.json (Generated/, see generate.sh; the
/// snapshot test keeps the file equal to the live document) talks to the real app as an integrator's script would —
/// its own HTTP stack, serializers and models, nothing shared with the app's code.
/// </summary>
public sealed class GeneratedClientTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_generated_client_creates_a_campaign_and_a_link_and_reads_them_back()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var key = (await App.CreateKeyAsync(domain.Ada, domain.Name, "read", "campaigns", "links")).Key;
        // The key as the HttpClient's own header: Kiota's ApiKeyAuthenticationProvider insists on https, and the test app
        // listens on plain loopback.
        using var http = new HttpClient { DefaultRequestHeaders = { Authorization = new("Bearer", key) } };
        var client = new UtmStudioApiClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = _api.Client.BaseAddress!.ToString().TrimEnd('/'),
        });

        var profile = await client.Api.V1.Profile.GetAsync();
        var campaign = await client.Api.V1.Campaigns.PostAsync(new CampaignInput { Name = "Kiota Launch", Source = "newsletter", Objective = "sales" });
        var link = await client.Api.V1.Links.PostAsync(new LinkInput
        {
            CampaignId = campaign!.Id,
            LandingUrl = $"https://{domain.Name}/launch",
            UtmSource = "newsletter",
            UtmMedium = "email",
            Tags = ["kiota"],
        });
        var read = await client.Api.V1.Links[link!.Id!.Value].GetAsync();
        var page = await client.Api.V1.Links.GetAsync(request => request.QueryParameters.Campaign = campaign.Id);
        var taken = await Assert.ThrowsAsync<ProblemDetails>(() =>
            client.Api.V1.Campaigns.PostAsync(new CampaignInput { Name = "kiota launch", Source = "newsletter", Objective = "sales" }));

        Assert.Equal(domain.Name, profile!.Domain!.Name);
        Assert.Equal("kiota_launch", campaign.UtmCampaign);
        Assert.Equal($"https://{domain.Name}/launch?utm_source=newsletter&utm_medium=email&utm_campaign=kiota_launch", read!.FullUrl);
        Assert.Equal(["kiota"], read.Tags!);
        Assert.Equal([link.Id], page!.Items!.Select(l => l.Id));
        Assert.Equal(409, taken.ResponseStatusCode);
        Assert.Equal("campaign.name_taken", taken.Code);
    }
}
