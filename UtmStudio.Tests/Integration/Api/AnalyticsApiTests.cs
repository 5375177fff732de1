using Microsoft.Extensions.DependencyInjection;
using UtmStudio.Features.Api.V1;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Features.Tracking.Redirect;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>
/// /api/v1/analytics, /campaigns/{id}/analytics and /links/{id}/analytics over HTTP, on clicks stored by the real
/// click writer. Campaign Spring Sale has Mail (newsletter / email) and Search (google / cpc); Autumn has Carousel:
/// <code>
///  link      when (UTC)        visitor  device   referrer        qr
///  Mail      10 Nov 09:00      ann      mobile   —               qr
///  Mail      10 Nov 10:00      ann      desktop  —
///  Mail      10 Nov 11:00      bot      bot      —               (bot)
///  Search    11 Nov 12:00      bob      desktop  www.google.com
///  Carousel  12 Nov 08:00      cy       mobile   facebook.com
/// </code>
/// </summary>
public sealed class AnalyticsApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Period = "from=2026-11-10&to=2026-11-12";

    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_domains_report_counts_exactly_what_was_clicked_with_its_series_top_lists_and_breakdowns()
    {
        var world = await ArrangeAsync();

        using var response = await _api.SendAsync(HttpMethod.Get, $"/api/v1/analytics?{Period}", world.Key);
        var report = await response.ReadAsync<AnalyticsResource>();
        using var bots = await _api.SendAsync(HttpMethod.Get, $"/api/v1/analytics?{Period}&bots=true", world.Key);
        var withBots = await bots.ReadAsync<AnalyticsResource>();

        Assert.Equal(("domain", world.Domain.Name, false), (report.Scope, report.Name, report.IncludesBots));
        Assert.Equal((new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 12), 3), (report.Period.From, report.Period.To, report.Period.Days));
        Assert.Equal(new ClickTotalsResource(4, 3), report.Totals);
        Assert.Equal(new ClickTotalsResource(0, 0), report.Previous);
        Assert.Equal([(10, 2L, 1L), (11, 1, 1), (12, 1, 1)], report.Series.Select(p => (p.Start.Day, p.Clicks, p.UniqueClicks)));
        Assert.Equal([(world.Spring, 3L), (world.Autumn, 1)], report.TopCampaigns!.Rows.Select(r => (r.Id!.Value, r.Clicks)));
        Assert.Equal([(world.Mail, 2L)], report.TopLinks!.Rows.Take(1).Select(r => (r.Id!.Value, r.Clicks)));
        Assert.Equal(4, report.TopLinks.Total);
        Assert.Equal([("desktop", 2L), ("mobile", 2)], Rows(report, "device").Order());
        Assert.Equal([("", 2L), ("facebook.com", 1), ("www.google.com", 1)], Rows(report, "referrer").Order());
        Assert.Equal(new ClickTotalsResource(5, 4), withBots.Totals);
        Assert.Contains(("bot", 1L), Rows(withBots, "device"));
        Assert.Contains("\"granularity\":\"day\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_campaigns_and_a_links_report_count_only_theirs_and_a_one_day_period_is_hourly()
    {
        var world = await ArrangeAsync();

        using var campaign = await _api.SendAsync(HttpMethod.Get, $"/api/v1/campaigns/{world.Spring}/analytics?{Period}", world.Key);
        var spring = await campaign.ReadAsync<AnalyticsResource>();
        using var link = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{world.Mail}/analytics?from=2026-11-10&to=2026-11-10", world.Key);
        var mail = await link.ReadAsync<AnalyticsResource>();

        Assert.Equal(("campaign", world.Spring), (spring.Scope, spring.Id!.Value));
        Assert.Equal(new ClickTotalsResource(3, 2), spring.Totals);
        Assert.Null(spring.TopCampaigns);
        Assert.Equal([(world.Mail, 2L), (world.Search, 1)], spring.TopLinks!.Rows.Select(r => (r.Id!.Value, r.Clicks)));
        Assert.Equal(("link", world.Spring), (mail.Scope, mail.CampaignId!.Value));
        Assert.Equal(new ClickTotalsResource(2, 1), mail.Totals);
        Assert.Equal(24, mail.Series.Count);
        Assert.Equal([(9, 1L), (10, 1)], mail.Series.Where(p => p.Clicks > 0).Select(p => (p.Start.Hour, p.Clicks)));
        Assert.Equal([("direct", 1L), ("qr", 1)], Rows(mail, "qr").Order());
        Assert.Null(mail.TopLinks);
    }

    [Fact]
    public async Task A_preset_range_counts_the_last_days_up_to_today()
    {
        var world = await ArrangeAsync();
        var now = DateTimeOffset.UtcNow;
        await WriteAsync(world, (world.Search, now.AddMinutes(-1), 9, "desktop", null, false, false));

        using var week = await _api.SendAsync(HttpMethod.Get, $"/api/v1/campaigns/{world.Spring}/analytics?range=7d", world.Key);
        var report = await week.ReadAsync<AnalyticsResource>();

        Assert.Equal((7, DateOnly.FromDateTime(now.UtcDateTime)), (report.Period.Days, report.Period.To));
        Assert.Equal(new ClickTotalsResource(1, 1), report.Totals);
    }

    [Theory]
    [InlineData("range=7days", "range")]
    [InlineData("range=14d", "range")]
    [InlineData("range=7d&from=2026-11-01&to=2026-11-02", "range")]
    [InlineData("from=2026-11-01", "to")]
    [InlineData("to=2026-11-01", "from")]
    [InlineData("from=2026-13-01&to=2026-11-02", "from")]
    [InlineData("from=2026-11-05&to=2026-11-01", "from")]
    [InlineData("from=2025-01-01&to=2026-11-01", "to")]
    [InlineData("bots=yes", "bots")]
    public async Task A_query_that_cannot_be_read_is_400_naming_its_parameter(string query, string field)
    {
        var world = await ArrangeAsync();

        using var domain = await _api.SendAsync(HttpMethod.Get, $"/api/v1/analytics?{query}", world.Key);
        using var link = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{world.Mail}/analytics?{query}", world.Key);

        foreach (var response in new[] { domain, link })
        {
            var problem = await response.ProblemAsync(400, "validation.failed");
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }
    }

    [Fact]
    public async Task Another_domains_campaign_or_link_is_404_and_each_report_needs_its_scope()
    {
        var world = await ArrangeAsync();
        var other = await LinkDomain.CreateAsync(App);
        var otherLink = (await App.Links.CreateAsync(Person(other.Tom), other.Name, other.Draft("x"), AppServices.None)).Link;
        var linksKey = (await App.CreateKeyAsync(world.Domain.Ada, world.Domain.Name, "links")).Key;

        using var campaign = await _api.SendAsync(HttpMethod.Get, $"/api/v1/campaigns/{other.CampaignId}/analytics", world.Key);
        using var link = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{otherLink.Id}/analytics", world.Key);
        using var unknown = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{Guid.NewGuid()}/analytics", world.Key);
        using var linkWithLinks = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/{world.Mail}/analytics?{Period}", linksKey);
        using var domainWithLinks = await _api.SendAsync(HttpMethod.Get, "/api/v1/analytics", linksKey);
        using var campaignWithLinks = await _api.SendAsync(HttpMethod.Get, $"/api/v1/campaigns/{world.Spring}/analytics", linksKey);

        await campaign.ProblemAsync(404, "not_found");
        await link.ProblemAsync(404, "not_found");
        await unknown.ProblemAsync(404, "not_found");
        Assert.Equal(2, (await linkWithLinks.ReadAsync<AnalyticsResource>()).Totals.Clicks);
        Assert.Equal("read", (await domainWithLinks.ProblemAsync(403, "auth.scope_missing")).GetProperty("missingScope").GetString());
        Assert.Equal("campaigns", (await campaignWithLinks.ProblemAsync(403, "auth.scope_missing")).GetProperty("missingScope").GetString());
    }

    private static IEnumerable<(string, long)> Rows(AnalyticsResource report, string dimension) =>
        report.Breakdowns.Single(b => b.Dimension == dimension).Rows.Select(r => (r.Value, r.Clicks));

    private async Task<World> ArrangeAsync()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var autumn = (await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, CampaignArrange.Draft("Autumn"), AppServices.None)).Id;
        var mail = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("mail"), AppServices.None)).Link.Id;
        var search = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("search") with { Source = "google", Medium = "cpc" }, AppServices.None)).Link.Id;
        var carousel = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name,
            domain.Draft("carousel") with { CampaignId = autumn, Source = "facebook", Medium = "paid_social" }, AppServices.None)).Link.Id;
        var domainId = (await App.Domains.GetSettingsAsync(Person(domain.Ada), domain.Name, AppServices.None)).Id;
        var world = new World(domain, domainId, domain.CampaignId, autumn, mail, search, carousel,
            (await App.CreateKeyAsync(domain.Ada, domain.Name, "read")).Key);
        await WriteAsync(world,
            (mail, Nov(10, 9), 1, "mobile", null, true, false),
            (mail, Nov(10, 10), 1, "desktop", null, false, false),
            (mail, Nov(10, 11), 3, "bot", null, false, true),
            (search, Nov(11, 12), 2, "desktop", "www.google.com", false, false),
            (carousel, Nov(12, 8), 4, "mobile", "facebook.com", false, false));
        return world;
    }

    private async Task WriteAsync(World world, params (Guid Link, DateTimeOffset At, byte Visitor, string Device, string? Referrer, bool Qr, bool Bot)[] clicks)
    {
        var recorded = clicks.Select(c => new RecordedClick(c.At, c.Link, c.Link == world.Carousel ? world.Autumn : world.Spring, world.DomainId,
            new LinkDimensions("email", "newsletter", "email", "spring_sale", null, null), c.Referrer, c.Device, c.Bot ? "other" : "chrome",
            c.Bot ? "other" : "windows", c.Bot ? null : "DE", c.Qr, c.Bot, [.. Enumerable.Repeat(c.Visitor, 16)])).ToList();
        await _api.Services.GetRequiredService<ClickBatchWriter>().WriteAsync(recorded, AppServices.None);
    }

    private static DateTimeOffset Nov(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);

    private sealed record World(LinkDomain Domain, Guid DomainId, Guid Spring, Guid Autumn, Guid Mail, Guid Search, Guid Carousel, string Key);
}
