using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtmStudio.Features.Analytics;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Benchmarks;

/// <summary>
/// Not a test: a measurement, run by ./bench.sh. Seeds the rollups of about 10 million clicks over 90 days
/// (db/bench/analytics-seed.sql) and times the dashboards as AnalyticsService reads them: a whole report per view,
/// every SQL command's round trip, and EXPLAIN ANALYZE of each command of the 90-day domain report (server execution
/// time, indexes used). Target: the domain dashboard under 150 ms of server time. Writes
/// TestResults/benchmarks/analytics-dashboard.md.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class AnalyticsDashboardBenchmark(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const int Runs = 20;

    private static readonly DateTimeOffset Now = new(2026, 11, 30, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Dashboards_over_10_million_clicks_in_90_days()
    {
        var clock = new FakeTimeProvider(Now);
        var app = new AppServices(database, clock);
        var domain = Unique.Domain("bench");
        var manager = await app.SignUpAsync(Unique.Email("ann", domain), domain);
        var domainId = (await app.Domains.GetSettingsAsync(Person(manager), domain, AppServices.None)).Id;
        await BenchmarkTools.SeedAsync(database, "analytics-seed.sql", ("domain", domainId), ("user", manager), ("from", new DateOnly(2026, 9, 2)));
        var rollUp = Stopwatch.StartNew();
        await using (var system = await app.Services.GetRequiredService<AppDataSource>().OpenAsync(DbScope.System, AppServices.None))
        {
            await BreakdownMonths.RollAsync(system, DateOnly.FromDateTime(Now.UtcDateTime), AppServices.None); // as the hourly job has
        }

        rollUp.Stop();

        var timings = new CommandTimings();
        var analytics = BenchmarkTools.TimedServices(database, timings, clock).GetRequiredService<AnalyticsService>();
        var campaignId = (await analytics.GetReportAsync(Person(manager), domain, AnalyticsScope.Domain, AnalyticsFilter.Default, AppServices.None))
            .TopCampaigns!.Rows[0].Id!.Value;
        var views = new (string Name, AnalyticsScope Scope, AnalyticsFilter Filter)[]
        {
            ("domain, 90 days", AnalyticsScope.Domain, new(AnalyticsRange.Last(90))),
            ("domain, 90 days with bots", AnalyticsScope.Domain, new(AnalyticsRange.Last(90), IncludeBots: true)),
            ("domain, 30 days", AnalyticsScope.Domain, AnalyticsFilter.Default),
            ("domain, 1 day by the hour", AnalyticsScope.Domain, new(AnalyticsRange.Between(new(2026, 11, 30), new(2026, 11, 30)))),
            ("campaign, 90 days", AnalyticsScope.Campaign(campaignId), new(AnalyticsRange.Last(90))),
        };

        var report = new StringBuilder()
            .AppendLine("| Report (10 M clicks in 90 days) | median ms | p95 ms | SQL commands | slowest command median ms |")
            .AppendLine("|---|---:|---:|---:|---:|");
        TimedCommand[] domain90 = [];
        foreach (var (name, scope, filter) in views)
        {
            for (var i = 0; i < 3; i++)
            {
                await analytics.GetReportAsync(Person(manager), domain, scope, filter, AppServices.None); // warm-up: pool, plans, JIT
            }

            var wall = new List<double>();
            var slowest = new List<double>();
            TimedCommand[] lastRun = [];
            for (var i = 0; i < Runs; i++)
            {
                timings.Commands.Clear();
                var watch = Stopwatch.StartNew();
                await analytics.GetReportAsync(Person(manager), domain, scope, filter, AppServices.None);
                wall.Add(watch.Elapsed.TotalMilliseconds);
                lastRun = [.. timings.Commands];
                slowest.Add(lastRun.Max(c => c.Duration.TotalMilliseconds));
            }

            domain90 = domain90.Length == 0 ? lastRun : domain90;
            report.AppendLine($"| {name} | {BenchmarkTools.Median(wall):F1} | {BenchmarkTools.Percentile(wall, 0.95):F1} | {lastRun.Length} | " +
                $"{BenchmarkTools.Median(slowest):F1} |");
        }

        report.AppendLine().AppendLine($"Days up to yesterday summed into monthly breakdowns by the maintenance job's roll-up first ({rollUp.Elapsed.TotalMilliseconds:F0} ms for these 90 days).")
            .AppendLine().AppendLine("EXPLAIN ANALYZE of each command of one 90-day domain report (as the app role, row security on):").AppendLine()
            .AppendLine("| command | server execution ms | plan uses |").AppendLine("|---|---:|---|");
        foreach (var command in domain90.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)))
        {
            var (ms, uses) = await BenchmarkTools.ExplainAsync(database, manager, command);
            report.AppendLine($"| {Describe(command.Sql)} | {ms:F2} | {uses} |");
        }

        await BenchmarkFiles.WriteTableAsync("analytics-dashboard", report.ToString());
        var check = await analytics.GetReportAsync(Person(manager), domain, AnalyticsScope.Domain, new(AnalyticsRange.Last(90)), AppServices.None);
        Assert.InRange(check.Totals.Clicks, 9_000_000, 11_000_000);
    }

    private static string Describe(string sql)
    {
        var oneLine = string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        var what = oneLine.Contains("FROM teams", StringComparison.Ordinal) ? "membership check"
            : oneLine.Contains("FROM click_series", StringComparison.Ordinal) ? "series with the previous period"
            : oneLine.Contains("FROM click_breakdown_months", StringComparison.Ordinal) ? "months summed (where to read)"
            : oneLine.Contains("FROM click_breakdowns", StringComparison.Ordinal) ? "breakdowns, top 10 per dimension"
            : oneLine.Contains("FROM campaigns", StringComparison.Ordinal) ? "campaign names"
            : oneLine.Contains("FROM links", StringComparison.Ordinal) ? "link names" : oneLine[..Math.Min(60, oneLine.Length)];
        return what.Replace("|", "\\|", StringComparison.Ordinal);
    }
}
