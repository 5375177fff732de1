using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using UtmStudio.Data;
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

        var folder = Path.Combine(BenchmarkFiles.RepositoryRoot(), "TestResults", "benchmarks");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "campaign-board-queries.md"), report.ToString());
        Assert.Equal(1000, (await board.GetAsync(Person(manager), domain, CampaignBoardFilter.None, AppServices.None)).TotalInDomain);
    }

    private CampaignBoardService BoardWith(CommandTimings timings)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>(DbContextOptionsFactory.Create(database.AppConnectionString))
            .AddInterceptors(timings).Options;
        var services = new ServiceCollection().AddAppFeaturesForTests(database, TimeProvider.System, new RecordingEmailSender());
        services.Replace(ServiceDescriptor.Singleton<IDbContextFactory<AppDbContext>>(new OptionsFactory(options)));
        return services.BuildServiceProvider().GetRequiredService<CampaignBoardService>();
    }

    private async Task SeedAsync(Guid domainId, Guid userId)
    {
        await using var owner = await database.OpenAsync(asOwner: true);
        await using var seed = new NpgsqlCommand(await File.ReadAllTextAsync(Path.Combine(BenchmarkFiles.RepositoryRoot(), "db", "bench", "campaign-board-seed.sql")), owner);
        seed.Parameters.AddWithValue("domain", domainId);
        seed.Parameters.AddWithValue("user", userId);
        seed.CommandTimeout = 300;
        await seed.ExecuteNonQueryAsync();
    }

    /// <summary>EXPLAIN ANALYZE of a recorded command on a connection scoped to the same person, as the app would run it.</summary>
    private async Task<(double Ms, string Uses)> ExplainAsync(Guid userId, TimedCommand command)
    {
        await using var connection = await database.OpenAsync();
        await using (var scope = new NpgsqlCommand("SELECT set_config('app.user_id', @u, false)", connection))
        {
            scope.Parameters.AddWithValue("u", userId.ToString());
            await scope.ExecuteScalarAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + command.Sql, connection);
        foreach (var parameter in command.Parameters)
        {
            explain.Parameters.Add(parameter.Clone());
        }

        using var plan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
        var root = plan.RootElement[0];
        var indexes = new SortedSet<string>(StringComparer.Ordinal);
        Collect(root.GetProperty("Plan"), indexes);
        return (root.GetProperty("Execution Time").GetDouble(), indexes.Count == 0 ? "no index" : string.Join(", ", indexes));
    }

    private static void Collect(JsonElement node, SortedSet<string> indexes)
    {
        if (node.TryGetProperty("Index Name", out var index))
        {
            indexes.Add(index.GetString()!);
        }
        else if (node.TryGetProperty("Node Type", out var type) && type.GetString() == "Seq Scan" && node.TryGetProperty("Relation Name", out var relation))
        {
            indexes.Add("seq scan " + relation.GetString());
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, indexes);
            }
        }
    }

    private static string Describe(string sql)
    {
        var oneLine = string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
        return (oneLine.Contains("FROM teams", StringComparison.Ordinal) ? "membership check: "
                : oneLine.Contains("GROUP BY", StringComparison.Ordinal) ? "counts per column: "
                : oneLine.Contains("LIMIT", StringComparison.Ordinal) ? "column page: " : "")
            + (oneLine.Length > 70 ? oneLine[..70] + "…" : oneLine).Replace("|", "\\|", StringComparison.Ordinal);
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }


    private sealed class OptionsFactory(DbContextOptions<AppDbContext> options) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => new(options);
    }
}
