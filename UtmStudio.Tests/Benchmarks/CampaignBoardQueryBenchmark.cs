using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Benchmarks;

/// <summary>
/// Not a test: a measurement, run by ./bench.sh (test.sh leaves the Benchmark category out). Seeds 1,000
/// campaigns with 20 links each and times the board as its service reads it: the whole board per filter, every SQL
/// command's round trip, and EXPLAIN ANALYZE of each (server execution time and whether an index was used).
/// Prints a Markdown table to TestResults/benchmarks/campaign-board-queries.md.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class CampaignBoardQueryBenchmark(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const int Runs = 20;

    [Fact]
    public async Task Board_queries_with_1000_campaigns_and_20000_links()
    {
        var app = new AppServices(database);
        var domain = Unique.Domain("bench");
        var manager = await app.SignUpAsync(Unique.Email("ann", domain), domain);
        var domainId = (await app.Domains.GetSettingsAsync(Person(manager), domain, AppServices.None)).Id;
        await SeedAsync(domainId, manager);

        var timings = new CommandTimings();
        var board = BoardWith(timings);
        var filters = new (string Name, CampaignBoardFilter Filter)[]
        {
            ("no filter", CampaignBoardFilter.None),
            ("search \"campaign 12\"", new(Search: "campaign 12")),
            ("source google", new(Source: "google")),
            ("creator + date range", new(Creator: manager, From: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-60)), To: DateOnly.FromDateTime(DateTime.UtcNow))),
        };

        var report = new StringBuilder()
            .AppendLine("| Board read (1,000 campaigns, 20,000 links) | median ms | p95 ms | SQL commands | slowest command median ms |")
            .AppendLine("|---|---:|---:|---:|---:|");
        TimedCommand[] lastRun = [];
        foreach (var (name, filter) in filters)
        {
            for (var i = 0; i < 3; i++)
            {
                await board.GetAsync(Person(manager), domain, filter, AppServices.None); // warm-up: pool, plans, JIT
            }

            var wall = new List<double>();
            var slowest = new List<double>();
            var commands = 0;
            for (var i = 0; i < Runs; i++)
            {
                timings.Commands.Clear();
                var watch = Stopwatch.StartNew();
                await board.GetAsync(Person(manager), domain, filter, AppServices.None);
                wall.Add(watch.Elapsed.TotalMilliseconds);
                lastRun = [.. timings.Commands];
                commands = lastRun.Length;
                slowest.Add(lastRun.Max(c => c.Duration.TotalMilliseconds));
            }

            report.AppendLine($"| {name} | {Median(wall):F1} | {Percentile(wall, 0.95):F1} | {commands} | {Median(slowest):F1} |");
            if (filter.IsEmpty)
            {
                report.AppendLine().AppendLine("EXPLAIN ANALYZE of each command of one unfiltered board read (as the app role, row security on):").AppendLine()
                    .AppendLine("| command | server execution ms | plan uses |").AppendLine("|---|---:|---|");
                foreach (var command in lastRun.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)))
                {
                    var (ms, uses) = await ExplainAsync(manager, command);
                    report.AppendLine($"| {Describe(command.Sql)} | {ms:F2} | {uses} |");
                }

                report.AppendLine().AppendLine("| Board read (1,000 campaigns, 20,000 links) | median ms | p95 ms | SQL commands | slowest command median ms |")
                    .AppendLine("|---|---:|---:|---:|---:|");
            }
        }

        await BenchmarkTools.WriteTableAsync("campaign-board-queries", report.ToString());
        Assert.Equal(1000, (await board.GetAsync(Person(manager), domain, CampaignBoardFilter.None, AppServices.None)).TotalInDomain);
    }

    private CampaignBoardService BoardWith(CommandTimings timings) =>
        BenchmarkTools.TimedServices(database, timings, TimeProvider.System).GetRequiredService<CampaignBoardService>();

    private Task SeedAsync(Guid domainId, Guid userId) =>
        BenchmarkTools.SeedAsync(database, "campaign-board-seed.sql", ("domain", domainId), ("user", userId));

    private Task<(double Ms, string Uses)> ExplainAsync(Guid userId, TimedCommand command) => BenchmarkTools.ExplainAsync(database, userId, command);

    private static string Describe(string sql)
    {
        var oneLine = string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return (oneLine.Contains("FROM teams", StringComparison.Ordinal) ? "membership check: "
                : oneLine.Contains("GROUP BY", StringComparison.Ordinal) ? "counts per column: "
                : oneLine.Contains("LIMIT", StringComparison.Ordinal) ? "column page: " : "")
            + (oneLine.Length > 70 ? oneLine[..70] + "…" : oneLine).Replace("|", "\\|", StringComparison.Ordinal);
    }

    private static double Median(List<double> values) => BenchmarkTools.Median(values);

    private static double Percentile(List<double> values, double p) => BenchmarkTools.Percentile(values, p);
}
