using UtmStudio.Features.Analytics;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Integration.Analytics;

/// <summary>The numbers of a report, hand-counted from the clicks of <see cref="AnalyticsWorld"/> (its table).</summary>
public sealed class AnalyticsReportTests(AnalyticsWorld world) : IClassFixture<AnalyticsWorld>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_domains_last_30_days_count_the_people_not_the_bots_and_compare_with_the_30_days_before()
    {
        var report = await DomainReportAsync(AnalyticsFilter.Default);

        Assert.Equal(new AnalyticsPeriod(new(2026, 11, 1), new(2026, 11, 30)), report.Period);
        Assert.Equal(AnalyticsGranularity.Day, report.Period.Granularity);
        Assert.Equal(new ClickTotals(8, 6), report.Totals); // #1–7 and #9; v1 counts once on 30 Nov
        Assert.Equal(new ClickTotals(1, 1), report.Previous); // #8, one second before 1 Nov
        Assert.Equal(world.Name, report.ScopeName);
        Assert.False(report.IsEmpty);
    }

    [Fact]
    public async Task The_series_has_a_point_for_every_day_with_zeros_where_nobody_clicked()
    {
        var report = await DomainReportAsync(AnalyticsFilter.Default);

        Assert.Equal(30, report.Series.Count);
        Assert.Equal(Enumerable.Range(1, 30).Select(d => AnalyticsWorld.At(d, 0, 0)), report.Series.Select(p => p.Start));
        var clicked = report.Series.Where(p => p.Clicks > 0).Select(p => (p.Start.Day, p.Clicks, p.UniqueClicks));
        Assert.Equal([(1, 1L, 1L), (20, 1, 1), (28, 1, 1), (29, 1, 1), (30, 4, 2)], clicked);
    }

    [Fact]
    public async Task Including_bots_adds_their_clicks_to_totals_series_and_breakdowns()
    {
        var report = await DomainReportAsync(AnalyticsFilter.Default with { IncludeBots = true });

        Assert.Equal(new ClickTotals(10, 8), report.Totals);
        Assert.Equal((5L, 3L), Point(report, 30));
        Assert.Equal((1L, 1L), Point(report, 25));
        Assert.Equal(2, Row(report, "device", "bot").Clicks);
        Assert.Equal(10, report.Breakdown("device")!.Total);
        Assert.Equal(4, Assert.Single(report.TopLinks!.Rows, r => r.Id == world.Mail.Id).Clicks);
    }

    [Fact]
    public async Task Two_days_or_fewer_are_shown_by_the_hour_up_to_the_current_hour()
    {
        var today = await DomainReportAsync(new AnalyticsFilter(AnalyticsRange.Between(new(2026, 11, 30), new(2026, 11, 30))));
        var withBots = await DomainReportAsync(new AnalyticsFilter(AnalyticsRange.Between(new(2026, 11, 30), new(2026, 11, 30)), IncludeBots: true));
        var twoDays = await DomainReportAsync(new AnalyticsFilter(AnalyticsRange.Between(new(2026, 11, 29), new(2026, 11, 30))));

        Assert.Equal(AnalyticsGranularity.Hour, today.Period.Granularity);
        Assert.Equal(16, today.Series.Count); // 00:00 to 15:00; it is 15:30
        Assert.Equal(AnalyticsWorld.At(30, 15, 0), today.Series[^1].Start);
        var clicked = today.Series.Where(p => p.Clicks > 0).Select(p => (p.Start.Hour, p.Clicks, p.UniqueClicks));
        Assert.Equal([(9, 2L, 1L), (11, 1, 1), (14, 1, 0)], clicked); // #4 is v1's third click of the day in the domain
        Assert.Equal(new ClickTotals(4, 2), today.Totals);
        Assert.Equal(new ClickTotals(1, 1), today.Previous); // 29 Nov: #3
        Assert.Equal([(9, 2L), (10, 1), (11, 1), (14, 1)], withBots.Series.Where(p => p.Clicks > 0).Select(p => (p.Start.Hour, p.Clicks)));
        Assert.Equal(AnalyticsGranularity.Hour, twoDays.Period.Granularity);
        Assert.Equal(24 + 16, twoDays.Series.Count);
        Assert.Equal(new ClickTotals(5, 3), twoDays.Totals);
    }

    [Fact]
    public async Task A_custom_range_includes_its_first_and_last_day_whole()
    {
        var november = await DomainReportAsync(new AnalyticsFilter(AnalyticsRange.Between(new(2026, 11, 1), new(2026, 11, 20))));
        var late = await DomainReportAsync(new AnalyticsFilter(AnalyticsRange.Between(new(2026, 11, 20), new(2026, 11, 29))));
        var october = await DomainReportAsync(new AnalyticsFilter(AnalyticsRange.Between(new(2026, 10, 31), new(2026, 10, 31))));

        Assert.Equal(new ClickTotals(2, 2), november.Totals); // #7 at 00:00 on the first day, #5 on the last; not #8
        Assert.Equal(new ClickTotals(1, 1), november.Previous); // 12–31 Oct: #8
        Assert.Equal(20, november.Series.Count);
        Assert.Equal(new ClickTotals(3, 3), late.Totals); // #5, #9, and #3 at 20:00 on the last day
        Assert.Equal(new ClickTotals(1, 1), october.Totals); // #8 at 23:59:59
        Assert.Equal(24, october.Series.Count);
    }

    [Fact]
    public async Task The_last_7_days_compare_with_the_7_days_before()
    {
        var report = await DomainReportAsync(new AnalyticsFilter(AnalyticsRange.Last(7)));

        Assert.Equal(new AnalyticsPeriod(new(2026, 11, 24), new(2026, 11, 30)), report.Period);
        Assert.Equal(new ClickTotals(6, 4), report.Totals);
        Assert.Equal(new ClickTotals(1, 1), report.Previous); // 17–23 Nov: #5
        Assert.Equal(7, report.Series.Count);
    }

    [Fact]
    public async Task Top_campaigns_and_links_have_their_names_and_a_deleted_link_keeps_its_clicks()
    {
        var report = await DomainReportAsync(AnalyticsFilter.Default);

        Assert.Equal(8, report.TopCampaigns!.Total);
        Assert.Equal([("Spring Sale", 6L, 0.75), ("Autumn", 2, 0.25)], report.TopCampaigns.Rows.Select(r => (r.Label, r.Clicks, r.Share)));
        Assert.Equal([world.SpringId, world.AutumnId], report.TopCampaigns.Rows.Select(r => r.Id));
        var links = report.TopLinks!;
        Assert.Equal(8, links.Total);
        Assert.Equal(0, links.OtherClicks);
        Assert.Equal(("Spring mail", "Spring Sale", 3L, 0.375, false), Link(links, world.Mail.Id));
        Assert.Equal(("google / cpc", "Spring Sale", 2L, 0.25, false), Link(links, world.Search.Id));
        Assert.Equal(("facebook / paid_social", "Autumn", 2L, 0.25, false), Link(links, world.Carousel.Id));
        Assert.Equal(("Deleted link", null, 1L, 0.125, true), Link(links, world.Deleted.Id));
        Assert.Equal(world.Mail.Id, links.Rows[0].Id); // most clicks first
        Assert.Equal(world.Deleted.Id, links.Rows[^1].Id);
    }

    [Fact]
    public async Task Breakdowns_name_their_values_and_give_each_its_share()
    {
        var report = await DomainReportAsync(AnalyticsFilter.Default);

        Assert.Equal(BreakdownDimensions.All, report.Breakdowns.Select(b => b.Dimension));
        Assert.All(report.Breakdowns, b => Assert.Equal(8, b.Total));
        Assert.Equal([("Direct / none", 3L, 0.375), ("facebook.com", 2, 0.25), ("www.google.com", 2, 0.25), ("mail.google.com", 1, 0.125)],
            Rows(report, "referrer"));
        Assert.Equal([("Desktop", 4L, 0.5), ("Mobile", 3, 0.375), ("Tablet", 1, 0.125)], Rows(report, "device"));
        Assert.Equal([("Link", 6L, 0.75), ("QR code", 2, 0.25)], Rows(report, "qr"));
        Assert.Equal([("Email", 3L, 0.375), ("Paid Search", 2, 0.25), ("Paid Social", 2, 0.25), ("Organic Social", 1, 0.125)],
            Rows(report, "channel")); // paid_search before paid_social: a tie reads in value order
        Assert.Equal(2, Row(report, "country", "DE").Clicks);
        Assert.Equal("Germany", Row(report, "country", "DE").Label);
        Assert.Equal("United Kingdom", Row(report, "country", "GB").Label);
        Assert.Equal("Unknown", Row(report, "country", "").Label);
        Assert.Equal(6, report.Breakdown("country")!.Rows.Count);
        Assert.Equal(("(none)", 3L), (Row(report, "content", "").Label, Row(report, "content", "").Clicks));
        Assert.Equal(3, Row(report, "content", "hero banner").Clicks);
        Assert.Equal(2, Row(report, "term", "running shoes").Clicks);
        Assert.Equal(6, Row(report, "term", "").Clicks);
        Assert.Equal([3L, 3, 1, 1], report.Breakdown("browser")!.Rows.Select(r => r.Clicks));
        Assert.Equal(["Chrome", "Safari"], report.Breakdown("browser")!.Rows.Take(2).Select(r => r.Label)); // a tie reads in value order
        Assert.Equal(3, Row(report, "source", "newsletter").Clicks);
        Assert.Equal(2, Row(report, "medium", "paid_social").Clicks);
        Assert.Equal(("iOS", 3L), (Row(report, "os", "ios").Label, Row(report, "os", "ios").Clicks)); // #2, #3 and the iPad #7
        Assert.Equal("macOS", Row(report, "os", "macos").Label);
    }

    [Fact]
    public async Task A_campaigns_report_counts_its_links_only_and_lists_them()
    {
        var report = await world.Analytics.GetReportAsync(Person(world.Domain.Tom), world.Name, AnalyticsScope.Campaign(world.SpringId),
            AnalyticsFilter.Default, None);

        Assert.Equal("Spring Sale", report.ScopeName);
        Assert.Equal(new ClickTotals(6, 4), report.Totals); // #1–5 and #9; v1 counts once on 30 Nov in the campaign
        Assert.Equal(ClickTotals.None, report.Previous);
        Assert.Null(report.TopCampaigns);
        Assert.Equal([(world.Mail.Id, 3L, 0.5), (world.Search.Id, 2, 1 / 3.0), (world.Deleted.Id, 1, 1 / 6.0)],
            report.TopLinks!.Rows.Select(r => (r.Id!.Value, r.Clicks, r.Share)));
        Assert.Equal([("newsletter", 3L), ("google", 2), ("linkedin", 1)], report.Breakdown("source")!.Rows.Select(r => (r.Value, r.Clicks)));
        Assert.Equal((3L, 1L), Point(report, 30)); // #1, #2 and #4, all v1
    }

    [Fact]
    public async Task A_links_report_counts_that_link_with_its_own_unique_visitors()
    {
        var report = await world.Analytics.GetReportAsync(Person(world.Domain.Tom), world.Name, AnalyticsScope.Link(world.Search.Id),
            AnalyticsFilter.Default, None);
        var withBots = await world.Analytics.GetReportAsync(Person(world.Domain.Tom), world.Name, AnalyticsScope.Link(world.Mail.Id),
            AnalyticsFilter.Default with { IncludeBots = true }, None);

        Assert.Equal(("google / cpc", world.SpringId, "Spring Sale"), (report.ScopeName, report.CampaignId, report.CampaignName));
        Assert.Equal(new ClickTotals(2, 2), report.Totals); // #4 is v1's first click of this link that day
        Assert.Null(report.TopCampaigns);
        Assert.Null(report.TopLinks);
        Assert.Equal(BreakdownDimensions.VisitorValues, report.Breakdowns.Select(b => b.Dimension)); // its own UTM values are the link's
        Assert.Equal([("www.google.com", 2L, 1.0)], report.Breakdown("referrer")!.Rows.Select(r => (r.Value, r.Clicks, r.Share)));
        Assert.Equal(new ClickTotals(4, 3), withBots.Totals); // #1, #2, #3 and the bot #10
        Assert.Equal("Spring mail", withBots.ScopeName);
    }

    [Fact]
    public async Task A_period_without_clicks_is_empty_with_zeros_everywhere()
    {
        var report = await DomainReportAsync(new AnalyticsFilter(AnalyticsRange.Between(new(2026, 9, 1), new(2026, 9, 30))));

        Assert.True(report.IsEmpty);
        Assert.Equal(30, report.Series.Count);
        Assert.All(report.Series, p => Assert.Equal(0, p.Clicks));
        Assert.All(report.Breakdowns, b => Assert.Empty(b.Rows));
        Assert.Empty(report.TopLinks!.Rows);
    }

    [Fact]
    public async Task A_range_that_cannot_be_read_is_refused()
    {
        var caller = Person(world.Domain.Tom);
        var backwards = new AnalyticsFilter(AnalyticsRange.Between(new(2026, 11, 30), new(2026, 11, 1)));
        var tooLong = new AnalyticsFilter(AnalyticsRange.Between(new(2025, 1, 1), new(2026, 11, 30)));

        var reversed = await Assert.ThrowsAsync<ValidationProblem>(() => world.Analytics.GetReportAsync(caller, world.Name, AnalyticsScope.Domain, backwards, None));
        var long_ = await Assert.ThrowsAsync<ValidationProblem>(() => world.Analytics.GetReportAsync(caller, world.Name, AnalyticsScope.Domain, tooLong, None));

        Assert.Contains("from", reversed.Errors.Keys);
        Assert.Contains("400 days", long_.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recent_totals_are_the_last_30_days_without_bots()
    {
        var caller = Person(world.Domain.Tom);

        var campaign = await world.Analytics.GetRecentTotalsAsync(caller, world.Name, AnalyticsScope.Campaign(world.AutumnId), None);
        var link = await world.Analytics.GetRecentTotalsAsync(caller, world.Name, AnalyticsScope.Link(world.Mail.Id), None);

        Assert.Equal(new ClickTotals(2, 2), campaign); // #6 and #7 (1 Nov 00:00); not #8 nor the bot #11
        Assert.Equal(new ClickTotals(3, 2), link);
    }

    private Task<AnalyticsReport> DomainReportAsync(AnalyticsFilter filter) =>
        world.Analytics.GetReportAsync(Person(world.Domain.Tom), world.Name, AnalyticsScope.Domain, filter, None);

    private static (long, long) Point(AnalyticsReport report, int novemberDay) =>
        report.Series.Where(p => p.Start == AnalyticsWorld.At(novemberDay, 0, 0)).Select(p => (p.Clicks, p.UniqueClicks)).Single();

    private static BreakdownRow Row(AnalyticsReport report, string dimension, string value) =>
        Assert.Single(report.Breakdown(dimension)!.Rows, r => r.Value == value);

    private static IEnumerable<(string, long, double)> Rows(AnalyticsReport report, string dimension) =>
        report.Breakdown(dimension)!.Rows.Select(r => (r.Label, r.Clicks, r.Share));

    private static (string, string?, long, double, bool) Link(Breakdown links, Guid id) =>
        links.Rows.Where(r => r.Id == id).Select(r => (r.Label, r.Detail, r.Clicks, r.Share, r.IsDeleted)).Single();
}
