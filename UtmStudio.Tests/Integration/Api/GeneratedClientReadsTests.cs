using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using UtmStudio.Features.Api;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Features.Tracking.Redirect;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>The client generated from the document also reads a link's analytics, its QR code and the domain: those parts of the document are true too.</summary>
public sealed class GeneratedClientReadsTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_generated_client_reads_a_links_analytics_its_qr_code_and_the_domain()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var link = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("generated"), AppServices.None)).Link;
        var domainId = (await App.Domains.GetSettingsAsync(Person(domain.Ada), domain.Name, AppServices.None)).Id;
        await _api.Services.GetRequiredService<ClickBatchWriter>().WriteAsync(
            [new RecordedClick(DateTimeOffset.UtcNow.AddMinutes(-1), link.Id, link.CampaignId, domainId,
                new LinkDimensions("email", "newsletter", "email", link.Values.Campaign, null, null), null, "mobile", "safari", "ios", "DE", true, false,
                [.. Enumerable.Repeat((byte)7, 16)])],
            AppServices.None);
        var key = (await App.CreateKeyAsync(domain.Ada, domain.Name, "read")).Key;
        var assembly = await GeneratedClient.BuildAsync(await _api.Client.GetStringAsync(ApiPaths.OpenApiDocument));
        using var http = new HttpClient { BaseAddress = _api.Client.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var client = Activator.CreateInstance(assembly.GetType($"{GeneratedClient.Namespace}.{GeneratedClient.ClassName}")!, http)!;

        var report = await GeneratedClient.CallAsync(client, "GetLinkAnalytics", null, link.Id);
        var qr = await GeneratedClient.CallAsync(client, "GetLinkQrCode", null, link.Id);
        var settings = await GeneratedClient.CallAsync(client, "GetDomain");

        var totals = GeneratedClient.Get(report!, "Totals")!;
        Assert.Equal((1L, 1L), (Convert.ToInt64(GeneratedClient.Get(totals, "Clicks")), Convert.ToInt64(GeneratedClient.Get(totals, "UniqueClicks"))));
        Assert.Equal("link", GeneratedClient.Get(report!, "Scope"));
        using var image = new MemoryStream();
        await ((Stream)GeneratedClient.Get(qr!, "Stream")!).CopyToAsync(image);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], image.ToArray()[..4]);
        Assert.Equal(domain.Name, GeneratedClient.Get(settings!, "Name"));
    }
}
