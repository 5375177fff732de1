using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Links.Lists;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Http;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Links;

/// <summary>
/// GET /d/{domain}/links/export.csv in a real Kestrel server (which refuses synchronous writes), with the app's
/// services over the test database: the file is streamed with its BOM, header and every row; strangers get 404.
/// </summary>
public sealed class LinkExportHttpTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebApplication? _server;
    private HttpClient _client = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAppFeaturesForTests(database, TimeProvider.System, new RecordingEmailSender());
        builder.Services.AddAuthentication(HeaderAuthentication.Name).AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.Name, null);
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapLinkExport();
        await app.StartAsync();
        _server = app;
        _client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_member_downloads_thousands_of_filtered_rows_streamed_as_one_csv_file()
    {
        var domain = await LinkDomain.CreateAsync(App);
        await InsertLinksAsync(domain, 2_500);

        using var response = await GetAsync(domain.Tom, LinkExportEndpoint.PathFor(domain.Name, new LinkListFilter(Medium: "EMAIL")));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith($"links-{domain.Name}-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = LinkCsvReading.Read(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(1_250, rows.Count); // every other link is email
        Assert.All(rows, r => Assert.Equal("email", r["utm_medium"]));
        Assert.Equal($"https://{domain.Name}/p2499?utm_source=s2499&utm_medium=email&utm_campaign=spring_sale", rows[0]["full_url"]); // newest first
    }

    [Fact]
    public async Task Someone_outside_the_domain_gets_not_found_and_nobody_signed_in_gets_no_file()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var stranger = await App.SignInAsync(Unique.Email("stranger"));

        using var outside = await GetAsync(stranger, LinkExportEndpoint.PathFor(domain.Name, LinkListFilter.None));
        using var anonymous = await _client.GetAsync(LinkExportEndpoint.PathFor(domain.Name, LinkListFilter.None));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private Task<HttpResponseMessage> GetAsync(Guid userId, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(HeaderAuthentication.UserHeader, userId.ToString());
        return _client.SendAsync(request);
    }

    /// <summary>Many links at once, past the services (their rules have their own tests), one second apart.</summary>
    private async Task InsertLinksAsync(LinkDomain domain, int count)
    {
        await using var db = database.CreateOwnerContext();
        var domainId = await db.Campaigns.Where(c => c.Id == domain.CampaignId).Select(c => c.DomainId).SingleAsync();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        db.Links.AddRange(Enumerable.Range(0, count).Select(i =>
        {
            var medium = i % 2 == 1 ? "email" : "social";
            return new Link
            {
                CampaignId = domain.CampaignId, DomainId = domainId, UtmSource = $"s{i}", UtmMedium = medium, UtmCampaign = "spring_sale",
                LandingUrl = $"https://{domain.Name}/p{i}", FullUrl = $"https://{domain.Name}/p{i}?utm_source=s{i}&utm_medium={medium}&utm_campaign=spring_sale",
                ShortCode = TestShortCodes.Next(), Ga4Channel = "email", CreatedBy = domain.Tom, CreatedAt = start.AddSeconds(i),
            };
        }));
        await db.SaveChangesAsync();
    }
}
