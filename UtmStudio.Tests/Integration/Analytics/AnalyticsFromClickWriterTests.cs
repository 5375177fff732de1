using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtmStudio.Features.Analytics;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Features.Tracking.Redirect;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Analytics;

/// <summary>
/// The contract between the click writer and analytics: clicks stored by the real <see cref="ClickBatchWriter"/>
/// (as the redirect hands them over) read back as the numbers and names a marketer expects.
/// </summary>
public sealed class AnalyticsFromClickWriterTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 15, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Clicks_written_by_the_click_writer_are_counted_and_named()
    {
        var app = new AppServices(database, new FakeTimeProvider(Now));
        var domain = await LinkDomain.CreateAsync(app);
        var link = (await app.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("mail") with { Label = "Spring mail" }, AppServices.None)).Link;
        var domainId = (await app.Domains.GetSettingsAsync(Person(domain.Ada), domain.Name, AppServices.None)).Id;
        byte[] ann = [.. Enumerable.Repeat((byte)1, 16)], bob = [.. Enumerable.Repeat((byte)2, 16)], bot = [.. Enumerable.Repeat((byte)3, 16)];
        RecordedClick Click(int hour, byte[] visitor, string? referrer, bool qr = false, bool isBot = false) => new(
            Now.Date.AddHours(hour), link.Id, link.CampaignId, domainId, new LinkDimensions("email", "newsletter", "email", "spring_sale", null, null),
            referrer, isBot ? "bot" : "mobile", isBot ? "other" : "safari", isBot ? "other" : "ios", isBot ? null : "DE", qr, isBot, visitor);

        await app.Services.GetRequiredService<ClickBatchWriter>().WriteAsync(
            [Click(9, ann, null, qr: true), Click(10, ann, "mail.google.com"), Click(11, bob, "mail.google.com"), Click(12, bot, null, isBot: true)],
            AppServices.None);
        var analytics = app.Services.GetRequiredService<AnalyticsService>();
        var today = new AnalyticsFilter(AnalyticsRange.Between(new(2026, 11, 30), new(2026, 11, 30)));
        var report = await analytics.GetReportAsync(Person(domain.Tom), domain.Name, AnalyticsScope.Domain, today, AppServices.None);
        var withBots = await analytics.GetReportAsync(Person(domain.Tom), domain.Name, AnalyticsScope.Link(link.Id), today with { IncludeBots = true }, AppServices.None);

        Assert.Equal(new ClickTotals(3, 2), report.Totals);
        Assert.Equal([(9, 1L, 1L), (10, 1, 0), (11, 1, 1)], report.Series.Where(p => p.Clicks > 0).Select(p => (p.Start.Hour, p.Clicks, p.UniqueClicks)));
        Assert.Equal([("Spring mail", 3L)], report.TopLinks!.Rows.Select(r => (r.Label, r.Clicks)));
        Assert.Equal([("Spring Sale", 3L)], report.TopCampaigns!.Rows.Select(r => (r.Label, r.Clicks)));
        Assert.Equal([("mail.google.com", 2L), ("Direct / none", 1)], report.Breakdown("referrer")!.Rows.Select(r => (r.Label, r.Clicks)));
        Assert.Equal([("Link", 2L), ("QR code", 1)], report.Breakdown("qr")!.Rows.Select(r => (r.Label, r.Clicks)));
        Assert.Equal([("Safari", 3L)], report.Breakdown("browser")!.Rows.Select(r => (r.Label, r.Clicks)));
        Assert.Equal([("iOS", 3L)], report.Breakdown("os")!.Rows.Select(r => (r.Label, r.Clicks)));
        Assert.Equal([("Germany", 3L)], report.Breakdown("country")!.Rows.Select(r => (r.Label, r.Clicks)));
        Assert.Equal([("Email", 3L)], report.Breakdown("channel")!.Rows.Select(r => (r.Label, r.Clicks)));
        Assert.Equal(new ClickTotals(4, 3), withBots.Totals);
        Assert.Equal([("Mobile", 3L), ("Bot", 1)], withBots.Breakdown("device")!.Rows.Select(r => (r.Label, r.Clicks)));
    }
}
