using System.Globalization;
using System.Text;
using Npgsql;
using UtmStudio.E2E.Infrastructure;
using UtmStudio.Tests.Infrastructure.Postgres;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Benchmarks;

/// <summary>
/// Not a test: a measurement, run by ./bench.sh (test.sh leaves the Benchmark category out). A domain with 1,000
/// campaigns and 20 links each; the board page is opened in Chromium again and again, and the browser's own clock
/// says when the server's answer (the prerendered board) arrived, when the page was shown, and when it became
/// interactive (the circuit's marker). Writes TestResults/benchmarks/campaign-board-page.md.
/// </summary>
[Trait("Category", "Benchmark")]
[Collection(AppCollection.Name)]
public sealed class CampaignBoardPageBenchmark(AppFixture app)
{
    private const string Domain = "bench-board.test";
    private const int Runs = 7;

    [Fact]
    public async Task Board_page_with_1000_campaigns_in_chromium()
    {
        await using var ann = await app.NewPersonAsync();
        var page = await ann.SignInAsync("ann@" + Domain);
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync(Domain);
        await SeedAsync();

        var rows = new List<(double Response, double Shown, double Interactive)>();
        for (var run = 0; run <= Runs; run++)
        {
            await page.GotoAsync($"/d/{Domain}/campaigns");
            await page.WaitForInteractiveAsync();
            var times = await page.EvaluateAsync<double[]>(
                "() => { const n = performance.getEntriesByType('navigation')[0]; return [n.responseEnd, n.domContentLoadedEventEnd, performance.now()]; }");
            if (run > 0)
            {
                rows.Add((times[0], times[1], times[2])); // run 0 warms the app (JIT, caches) and is not counted
            }
        }

        await Expect(page.GetByTestId("column-active")).ToContainTextAsync("Campaign 3");
        var report = new StringBuilder()
            .AppendLine($"Board page in Chromium, 1,000 campaigns / 20,000 links, {Runs} runs after one warm-up (ms since navigation start):")
            .AppendLine()
            .AppendLine("| measure | median ms | max ms |")
            .AppendLine("|---|---:|---:|");
        Add("server answer complete (prerendered board)", rows.Select(r => r.Response));
        Add("page shown (DOMContentLoaded)", rows.Select(r => r.Shown));
        Add("interactive (circuit connected)", rows.Select(r => r.Interactive));
        var folder = Path.Combine(RepositoryPaths.Root, "TestResults", "benchmarks");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "campaign-board-page.md"), report.ToString());

        void Add(string name, IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {sorted[sorted.Count / 2]:F0} | {sorted[^1]:F0} |");
        }
    }

    private async Task SeedAsync()
    {
        var database = new NpgsqlConnectionStringBuilder(app.AppConnectionString).Database!;
        await using var connection = new NpgsqlConnection((await PostgresCluster.GetAsync()).OwnerConnectionString(database));
        await connection.OpenAsync();
        await using var ids = new NpgsqlCommand("SELECT id, manager_id FROM domains WHERE domain_name = @domain", connection);
        ids.Parameters.AddWithValue("domain", Domain);
        Guid domainId, userId;
        await using (var reader = await ids.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            (domainId, userId) = (reader.GetGuid(0), reader.GetGuid(1));
        }

        var sql = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "db", "bench", "campaign-board-seed.sql"));
        await using var seed = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        seed.Parameters.AddWithValue("domain", domainId);
        seed.Parameters.AddWithValue("user", userId);
        await seed.ExecuteNonQueryAsync();
    }
}
