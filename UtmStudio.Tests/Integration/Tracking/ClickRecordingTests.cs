using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Tracking;

/// <summary>
/// Clicks through the real redirect and background writer: every answered visit is stored once, bots are kept and
/// flagged, unique visitors are counted per day, and the rollups say what the raw clicks say.
/// </summary>
public sealed class ClickRecordingTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero));
    private AppServices _app = null!;
    private RedirectHost _host = null!;

    public async Task InitializeAsync()
    {
        _app = new AppServices(database, _time);
        _host = await new RedirectHost(database, _app, _time).StartAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Every_answered_visit_is_stored_once_with_its_link_campaign_and_domain()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain);

        var responses = await Task.WhenAll(Enumerable.Range(0, 250).Select(_ => _host.OpenAsync($"/l/{link.ShortCode}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Found, r.StatusCode));
        await _host.StoredAsync(250);
        Assert.Equal(250, await database.RawClickCountAsync(link.Id));
        await using var db = database.CreateOwnerContext();
        var click = await db.Clicks.FirstAsync(c => c.LinkId == link.Id);
        Assert.Equal(domain.CampaignId, click.CampaignId);
        Assert.Equal(_time.GetUtcNow(), click.ClickedAt);
        Assert.Equal(16, click.VisitorHash.Length);
        Assert.Equal(250, await db.ClickSeries.Where(s => s.ScopeId == link.Id).SumAsync(s => s.Clicks));
        Assert.Equal(250, await db.ClickSeries.Where(s => s.ScopeId == domain.CampaignId).SumAsync(s => s.Clicks));
    }

    [Fact]
    public async Task Head_requests_and_link_preview_fetchers_are_stored_as_bots_and_browsers_are_not()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain);

        using var head = await _host.OpenAsync($"/l/{link.ShortCode}", method: HttpMethod.Head);
        foreach (var agent in new[] { Agents.Slackbot, Agents.Twitterbot, Agents.Facebook, Agents.Chrome, Agents.IPhone })
        {
            using var response = await _host.OpenAsync($"/l/{link.ShortCode}", agent);
            Assert.Equal(HttpStatusCode.Found, response.StatusCode); // bots are answered like anyone: previews must work
        }

        Assert.Equal(HttpStatusCode.Found, head.StatusCode);
        await _host.StoredAsync(6);
        await using var db = database.CreateOwnerContext();
        var clicks = await db.Clicks.Where(c => c.LinkId == link.Id).ToListAsync();
        Assert.Equal(4, clicks.Count(c => c.IsBot));
        Assert.Equal(["desktop", "mobile"], clicks.Where(c => !c.IsBot).Select(c => c.Device).Order());
        var series = await db.ClickSeries.Where(s => s.ScopeId == link.Id).ToListAsync();
        Assert.Equal(4, series.Where(s => s.IsBot).Sum(s => s.Clicks));
        Assert.Equal(2, series.Where(s => !s.IsBot).Sum(s => s.Clicks));
    }

    [Fact]
    public async Task A_visitor_is_one_unique_click_a_day_per_link_and_again_the_next_day()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var first = await _app.LinkAsync(domain, "one");
        var second = await _app.LinkAsync(domain, "two");

        for (var i = 0; i < 3; i++)
        {
            (await _host.OpenAsync($"/l/{first.ShortCode}", Agents.Chrome)).Dispose();
        }

        (await _host.OpenAsync($"/l/{first.ShortCode}", Agents.IPhone)).Dispose();
        (await _host.OpenAsync($"/l/{second.ShortCode}", Agents.Chrome)).Dispose();
        await _host.StoredAsync(5);
        _time.Advance(TimeSpan.FromDays(1));
        (await _host.OpenAsync($"/l/{first.ShortCode}", Agents.Chrome)).Dispose();
        await _host.StoredAsync(6);

        await using var db = database.CreateOwnerContext();
        var today = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        var link = await db.ClickSeries.Where(s => s.ScopeId == first.Id).OrderBy(s => s.Bucket).ToListAsync();
        Assert.Equal([(today, 4L, 2L), (today.AddDays(1), 1L, 1L)], link.Select(s => (s.Bucket, s.Clicks, s.UniqueClicks)));
        var campaign = await db.ClickSeries.Where(s => s.ScopeId == domain.CampaignId).OrderBy(s => s.Bucket).ToListAsync();
        // The Chrome visitor who opened both links is one unique visitor of the campaign that day.
        Assert.Equal([(today, 5L, 2L), (today.AddDays(1), 1L, 1L)], campaign.Select(s => (s.Bucket, s.Clicks, s.UniqueClicks)));
    }

    [Fact]
    public async Task The_referrer_is_stored_as_its_host_only()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain);

        (await _host.OpenAsync($"/l/{link.ShortCode}", referer: "https://www.linkedin.com/feed/update/urn:li:activity:123?trk=secret")).Dispose();
        await _host.StoredAsync(1);

        await using var db = database.CreateOwnerContext();
        var click = await db.Clicks.SingleAsync(c => c.LinkId == link.Id);
        Assert.Equal("linkedin.com", click.ReferrerHost);
        var referrers = await db.ClickBreakdowns.Where(b => b.ScopeId == link.Id && b.Dimension == "referrer").ToListAsync();
        Assert.Equal(("linkedin.com", 1L), (Assert.Single(referrers).Value, referrers[0].Clicks));
    }

    [Fact]
    public async Task Shutting_down_stores_every_click_still_in_the_queue()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain);
        for (var i = 0; i < 40; i++)
        {
            (await _host.OpenAsync($"/l/{link.ShortCode}")).Dispose();
        }

        await _host.StopAsync();

        Assert.Equal(40, _host.Queue.Stats.Accepted);
        Assert.Equal(40, _host.Queue.Stats.Stored);
        Assert.Equal(40, await database.RawClickCountAsync(link.Id));
    }
}
