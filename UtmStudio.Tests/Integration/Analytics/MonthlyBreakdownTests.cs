using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Analytics;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Features.Tracking.Redirect;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Analytics;

/// <summary>
/// The monthly breakdown rollup changes where a report reads, never what it says: the same report before and after
/// the months are rolled up, clicks stored for a month after its roll-up counted in both places, and the monthly rows
/// equal the sums of the daily ones.
/// </summary>
public sealed class MonthlyBreakdownTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Reports_read_the_same_from_monthly_rows_and_late_clicks_count_in_both()
    {
        var app = new AppServices(database, new FakeTimeProvider(Now));
        var domain = await LinkDomain.CreateAsync(app);
        var link = (await app.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("mail"), AppServices.None)).Link;
        var domainId = (await app.Domains.GetSettingsAsync(Person(domain.Ada), domain.Name, AppServices.None)).Id;
        var writer = app.Services.GetRequiredService<ClickBatchWriter>();
        var random = new Random(7);
        RecordedClick Click(DateTimeOffset at, string? referrer) => new(
            at, link.Id, link.CampaignId, domainId, new LinkDimensions("email", "newsletter", "email", "spring_sale", null, null),
            referrer, "mobile", "safari", "ios", "DE", false, false, random.GetItems<byte>([1, 2, 3, 4, 5, 6, 7, 8], 16));
        var referrers = new[] { "google.com", "bing.com", "news.ycombinator.com", null };
        var start = new DateTimeOffset(2026, 9, 20, 0, 0, 0, TimeSpan.Zero); // September (partly), October, November, December
        await writer.WriteAsync(
            Enumerable.Range(0, 600).Select(i => Click(start.AddHours(i * 3), referrers[i % referrers.Length])).ToList(), AppServices.None);
        var analytics = app.Services.GetRequiredService<AnalyticsService>();
        var filter = new AnalyticsFilter(AnalyticsRange.Between(new(2026, 9, 25), new(2026, 12, 5))); // days of September and December
        var last90 = new AnalyticsFilter(AnalyticsRange.Last(90)); // 12 September to today: September less 11 days, December to yesterday
        var beforeRollUp = Breakdowns(await analytics.GetReportAsync(Person(domain.Tom), domain.Name, AnalyticsScope.Domain, filter, AppServices.None));
        var last90BeforeRollUp = Breakdowns(await analytics.GetReportAsync(Person(domain.Tom), domain.Name, AnalyticsScope.Domain, last90, AppServices.None));

        int rolled;
        await using (var system = await app.Services.GetRequiredService<AppDataSource>().OpenAsync(DbScope.System, AppServices.None))
        {
            rolled = await BreakdownMonths.RollAsync(system, DateOnly.FromDateTime(Now.UtcDateTime), AppServices.None);
            Assert.Equal(0, await BreakdownMonths.RollAsync(system, DateOnly.FromDateTime(Now.UtcDateTime), AppServices.None)); // done once
        }

        var afterRollUp = Breakdowns(await analytics.GetReportAsync(Person(domain.Tom), domain.Name, AnalyticsScope.Domain, filter, AppServices.None));
        var last90AfterRollUp = Breakdowns(await analytics.GetReportAsync(Person(domain.Tom), domain.Name, AnalyticsScope.Domain, last90, AppServices.None));
        await writer.WriteAsync( // a month that is over, and a summed day of this month
            [Click(new(2026, 10, 31, 23, 59, 59, TimeSpan.Zero), "late.example"), Click(new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero), "late.example")],
            AppServices.None);
        var afterLateClicks = await analytics.GetReportAsync(Person(domain.Tom), domain.Name, AnalyticsScope.Domain, filter, AppServices.None);

        Assert.Equal(4, rolled); // September, October, November, and December up to yesterday (the 9th)
        Assert.NotEmpty(beforeRollUp);
        Assert.Equal(beforeRollUp, afterRollUp);
        Assert.Equal(last90BeforeRollUp, last90AfterRollUp);
        Assert.NotEqual(beforeRollUp, last90AfterRollUp); // different days: the comparison can fail
        Assert.Equal(2, afterLateClicks.Breakdown("referrer")!.Rows.Single(r => r.Value == "late.example").Clicks);
        Assert.Equal(afterRollUp.Single(r => r.Dimension == "device" && r.Value == "mobile").Clicks + 2,
            afterLateClicks.Breakdown("device")!.Rows.Single().Clicks);
        var last90AfterLateClicks = await analytics.GetReportAsync(Person(domain.Tom), domain.Name, AnalyticsScope.Domain, last90, AppServices.None);
        Assert.Equal(2, last90AfterLateClicks.Breakdown("referrer")!.Rows.Single(r => r.Value == "late.example").Clicks);
        await using var owner = await database.OpenAsync(asOwner: true);
        Assert.Equal(0L, await owner.ScalarAsync<long>("""
            SELECT count(*) FROM (
                SELECT domain_id, scope_id, dimension, is_bot, date_trunc('month', day)::date AS month, value, sum(clicks) AS clicks
                FROM click_breakdowns WHERE day >= '2026-09-01' AND day < '2026-12-10' GROUP BY 1, 2, 3, 4, 5, 6) AS daily
            FULL JOIN click_breakdowns_monthly AS monthly USING (domain_id, scope_id, dimension, is_bot, month, value)
            WHERE daily.clicks IS DISTINCT FROM monthly.clicks
            """));
    }

    private static List<(string Dimension, string Value, long Clicks)> Breakdowns(AnalyticsReport report) =>
        [.. report.Breakdowns.SelectMany(b => b.Rows.Select(r => (b.Dimension, r.Value, r.Clicks)).Append((b.Dimension, "(total)", b.Total)))];
}
