using System.Net;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>GET /api/v1/links/export over HTTP: the page's CSV, with listLinks' filters.</summary>
public sealed class LinkExportApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Header =
        "full_url,campaign,landing_url,utm_source,utm_medium,utm_campaign,utm_content,utm_term,utm_id,utm_source_platform," +
        "utm_creative_format,utm_marketing_tactic,ga4_channel,short_code,label,tags,created_by,created_at";

    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_export_is_the_pages_csv_of_the_links_that_match_the_filters_newest_first()
    {
        var domain = await LinkDomain.CreateAsync(App);
        foreach (var (page, source, medium) in new[] { ("a", "newsletter", "email"), ("b", "facebook", "paid_social"), ("c", "newsletter", "email") })
        {
            await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft(page) with { Source = source, Medium = medium, Label = "=SUM(1)" },
                AppServices.None);
        }

        var key = (await App.CreateKeyAsync(domain.Ada, domain.Name, "read")).Key;

        using var email = await _api.SendAsync(HttpMethod.Get, "/api/v1/links/export?channel=email", key);
        var bytes = await email.Content.ReadAsByteArrayAsync();
        using var social = await _api.SendAsync(HttpMethod.Get, "/api/v1/links/export?source=FACEBOOK", key);
        using var none = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/export?campaign={Guid.NewGuid()}", key);

        Assert.Equal(HttpStatusCode.OK, email.StatusCode);
        Assert.Equal("text/csv", email.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", email.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // the byte order mark Excel needs
        var lines = Lines(System.Text.Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(Header, lines[0]);
        Assert.Equal([domain.UrlOf("c"), domain.UrlOf("a")], lines[1..].Select(l => l.Split(',')[0]));
        Assert.All(lines[1..], l => Assert.Contains(",'=SUM(1),", l, StringComparison.Ordinal)); // spreadsheet-safe, as on the page
        var socialLines = Lines(await social.Content.ReadAsStringAsync());
        Assert.Equal([$"https://{domain.Name}/b?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring_sale"], socialLines[1..].Select(l => l.Split(',')[0]));
        Assert.Single(Lines(await none.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_filter_that_cannot_be_read_is_400_and_a_key_without_a_read_scope_is_403()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var key = (await App.CreateKeyAsync(domain.Ada, domain.Name, "links")).Key;
        var campaignsOnly = (await App.CreateKeyAsync(domain.Ada, domain.Name, "campaigns")).Key;

        using var channel = await _api.SendAsync(HttpMethod.Get, "/api/v1/links/export?channel=tv", key);
        using var from = await _api.SendAsync(HttpMethod.Get, "/api/v1/links/export?from=yesterday", key);
        using var refused = await _api.SendAsync(HttpMethod.Get, "/api/v1/links/export", campaignsOnly);

        Assert.Equal(["channel"], (await channel.ProblemAsync(400, "validation.failed")).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.BadRequest, from.StatusCode);
        await refused.ProblemAsync(403, "auth.scope_missing");
    }

    private static string[] Lines(string csv) => csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
