using System.Net;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Tracking;

/// <summary>
/// GET /l/{code} over HTTP, redirects not followed: the status each domain setting asks for, Location exactly the
/// link's full URL (with forwarded parameters by the domain's rules), the cache and robots headers, and the pages
/// for unknown, deleted and unverified links.
/// </summary>
public sealed class RedirectTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly AppServices _app = new(database);
    private RedirectHost _host = null!;

    public async Task InitializeAsync() => _host = await new RedirectHost(database, _app).StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_short_link_redirects_with_302_to_exactly_its_full_url_uncached_and_not_indexed()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain);

        using var response = await _host.OpenAsync($"/l/{link.ShortCode}");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(link.FullUrl, response.Headers.Location!.OriginalString);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Equal("noindex", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
        Assert.Equal(0, response.Content.Headers.ContentLength ?? 0);
    }

    [Theory]
    [InlineData(301, HttpStatusCode.MovedPermanently, false)]
    [InlineData(302, HttpStatusCode.Found, true)]
    [InlineData(307, HttpStatusCode.TemporaryRedirect, true)]
    [InlineData(308, HttpStatusCode.PermanentRedirect, false)]
    public async Task The_status_is_the_domains_redirect_type_and_only_temporary_ones_forbid_caching(int type, HttpStatusCode expected, bool noStore)
    {
        var domain = await LinkDomain.CreateAsync(_app);
        await _app.Domains.UpdateRedirectTypeAsync(Person(domain.Ada), domain.Name, type, AppServices.None);
        var link = await _app.LinkAsync(domain);

        using var response = await _host.OpenAsync($"/l/{link.ShortCode}");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(link.FullUrl, response.Headers.Location!.OriginalString);
        Assert.Equal(noStore, response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task Changing_the_redirect_type_applies_to_a_link_that_was_already_cached()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain);
        using var before = await _host.OpenAsync($"/l/{link.ShortCode}");

        await _app.Domains.UpdateRedirectTypeAsync(Person(domain.Ada), domain.Name, 301, AppServices.None);

        Assert.Equal(HttpStatusCode.Found, before.StatusCode);
        using var after = await _host.OpenAsync($"/l/{link.ShortCode}");
        Assert.Equal(HttpStatusCode.MovedPermanently, after.StatusCode);
    }

    [Fact]
    public async Task Query_parameters_are_forwarded_before_the_fragment_and_the_links_own_utm_values_win()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain, page: "spring?ref=nav#offer");

        using var response = await _host.OpenAsync($"/l/{link.ShortCode}?gclid=Cj0K%2Bx&utm_source=spoofed&ref=other&flag");

        Assert.Equal($"https://{domain.Name}/spring?ref=nav&utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale&gclid=Cj0K%2Bx&flag#offer",
            response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task When_the_domain_lets_them_forwarded_utm_values_replace_the_links_own()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        await _app.Domains.UpdateQueryForwardingAsync(Person(domain.Ada), domain.Name, true, true, AppServices.None);
        var link = await _app.LinkAsync(domain);

        using var response = await _host.OpenAsync($"/l/{link.ShortCode}?utm_source=partner&utm_term=shoes");

        Assert.Equal($"https://{domain.Name}/spring?utm_medium=email&utm_campaign=spring_sale&utm_source=partner&utm_term=shoes",
            response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task With_forwarding_off_the_location_is_the_full_url_whatever_the_short_link_carried()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        await _app.Domains.UpdateQueryForwardingAsync(Person(domain.Ada), domain.Name, false, true, AppServices.None);
        var link = await _app.LinkAsync(domain);

        using var response = await _host.OpenAsync($"/l/{link.ShortCode}?gclid=abc&utm_source=partner");

        Assert.Equal(link.FullUrl, response.Headers.Location!.OriginalString);
        var settings = await _app.Domains.GetSettingsAsync(Person(domain.Ada), domain.Name, AppServices.None);
        Assert.False(settings.QueryOverridesUtm); // nothing is forwarded, so the override was not kept either
    }

    [Fact]
    public async Task An_unknown_code_gets_a_small_not_found_page_and_not_the_app()
    {
        using var response = await _host.OpenAsync("/l/Zz9Zz9Zz9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Link not found", page);
        Assert.DoesNotContain("blazor", page, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/l/abc")] // too short to be a code
    [InlineData("/l/abc-defgh")]
    [InlineData("/login")]
    [InlineData("/l/Abcdefgh/more")]
    public async Task Paths_that_are_not_short_links_go_on_to_the_rest_of_the_app(string path)
    {
        using var response = await _host.OpenAsync(path);

        Assert.Equal((HttpStatusCode)418, response.StatusCode);
    }

    [Fact]
    public async Task Many_first_visits_at_once_are_each_answered_with_their_own_link()
    {
        // Misses that arrive together share the lookups in flight and the connection pool: every answer must still be its code's.
        var domain = await LinkDomain.CreateAsync(_app);
        var links = new List<(string Code, string Url)>();
        for (var i = 0; i < 40; i++)
        {
            var link = await _app.LinkAsync(domain, page: $"p{i}");
            links.Add((link.ShortCode, link.FullUrl));
        }

        var deleted = await _app.LinkAsync(domain, page: "gone");
        await _app.Links.DeleteAsync(Person(domain.Ada), domain.Name, deleted.Id, AppServices.None);
        var visits = links.Select(l => (Path: $"/l/{l.Code}", Status: HttpStatusCode.Found, Location: (string?)l.Url))
            .Concat(Enumerable.Range(0, 20).Select(i => (Path: $"/l/nope{i:D4}xyz", Status: HttpStatusCode.NotFound, Location: (string?)null)))
            .Append((Path: $"/l/{deleted.ShortCode}", Status: HttpStatusCode.Gone, Location: null))
            .ToList();

        var answers = await Task.WhenAll(visits.Select(async visit =>
        {
            using var response = await _host.OpenAsync(visit.Path);
            return (response.StatusCode, Location: response.Headers.Location?.OriginalString);
        }));

        Assert.Equal(visits.Select(v => (v.Status, v.Location)), answers);
    }

    [Fact]
    public async Task A_deleted_link_answers_410_gone_at_once_even_after_it_was_cached()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain);
        using var cached = await _host.OpenAsync($"/l/{link.ShortCode}");

        await _app.Links.DeleteAsync(Person(domain.Ada), domain.Name, link.Id, AppServices.None);

        Assert.Equal(HttpStatusCode.Found, cached.StatusCode);
        using var response = await _host.OpenAsync($"/l/{link.ShortCode}");
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("Link removed", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_links_of_a_deleted_campaign_answer_410_gone()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain);
        using var cached = await _host.OpenAsync($"/l/{link.ShortCode}");

        await _app.Campaigns.DeleteAsync(Person(domain.Ada), domain.Name, domain.CampaignId, AppServices.None);

        using var response = await _host.OpenAsync($"/l/{link.ShortCode}");
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task An_edited_link_redirects_to_its_new_address_at_once()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain);
        using var cached = await _host.OpenAsync($"/l/{link.ShortCode}");

        var edited = await _app.Links.UpdateAsync(Person(domain.Tom), domain.Name, link.Id, domain.Draft("summer"), link.Version, AppServices.None);

        Assert.Equal(link.FullUrl, cached.Headers.Location!.OriginalString);
        using var response = await _host.OpenAsync($"/l/{link.ShortCode}");
        Assert.Equal(edited.FullUrl, response.Headers.Location!.OriginalString);
        Assert.Contains("/summer?", edited.FullUrl);
    }

    [Fact]
    public async Task Links_of_an_unverified_domain_do_not_redirect_and_say_why()
    {
        var name = Unique.Domain("unverified");
        var eve = await _app.SignInAsync(Unique.Email("eve", "elsewhere.test"));
        await _app.Domains.CreateAsync(Person(eve), name, AppServices.None);
        var campaign = await _app.Campaigns.CreateAsync(Person(eve), name, CampaignArrange.Draft(), AppServices.None);
        var link = (await _app.Links.CreateAsync(Person(eve), name, new(campaign.Id, $"https://{name}/", "newsletter", "email"), AppServices.None)).Link;

        using var response = await _host.OpenAsync($"/l/{link.ShortCode}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("hasn&#39;t verified it yet", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, _host.Queue.Stats.Accepted);
    }

    [Fact]
    public async Task An_inactive_domains_links_keep_redirecting()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain);
        await database.SetInactiveAsync(domain.Name);

        using var response = await _host.OpenAsync($"/l/{link.ShortCode}");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(link.FullUrl, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_qr_scan_redirects_like_the_short_link()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain);

        using var response = await _host.OpenAsync($"/q/{link.ShortCode}");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(link.FullUrl, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_short_link_is_not_posted_to()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain);

        using var response = await _host.OpenAsync($"/l/{link.ShortCode}", method: HttpMethod.Post);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(0, _host.Queue.Stats.Accepted);
    }
}
