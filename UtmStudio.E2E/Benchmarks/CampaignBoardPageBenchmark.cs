using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Npgsql;
using UtmStudio.E2E.Infrastructure;
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

        // The profile page is the baseline: the same app, layout and circuit, without the board.
        var board = await MeasureAsync(page, $"/d/{Domain}/campaigns");
        await Expect(page.GetByTestId("column-active")).ToContainTextAsync("Campaign 3");
        var baseline = await MeasureAsync(page, "/profile");

        var report = new StringBuilder()
            .AppendLine($"Board page in Chromium, 1,000 campaigns / 20,000 links, {Runs} runs after one warm-up (ms since navigation start; median, max).")
            .AppendLine("Baseline: the profile page of the same app (same layout and circuit, no board).")
            .AppendLine()
            .AppendLine("| measure | board median | board max | baseline median | board − baseline |")
            .AppendLine("|---|---:|---:|---:|---:|");
        Add("server answer complete (prerendered page)", r => r.Response);
        Add("page shown (DOMContentLoaded)", r => r.Shown);
        Add("interactive (circuit connected, page re-rendered)", r => r.Interactive);
        var folder = Path.Combine(RepositoryPaths.Root, "TestResults", "benchmarks");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "campaign-board-page.md"), report.ToString());

        void Add(string name, Func<(double Response, double Shown, double Interactive), double> measure)
        {
            var (median, max) = Stats(board.Select(measure));
            var (baseMedian, _) = Stats(baseline.Select(measure));
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {median:F0} | {max:F0} | {baseMedian:F0} | {median - baseMedian:F0} |");
        }
    }

    private static (double Median, double Max) Stats(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[sorted.Count / 2], sorted[^1]);
    }

    /// <summary>Opens the page again and again; run 0 warms the app (JIT, caches) and is not counted.</summary>
    private async Task<List<(double Response, double Shown, double Interactive)>> MeasureAsync(IPage page, string path)
    {
        var rows = new List<(double Response, double Shown, double Interactive)>();
        for (var run = 0; run <= Runs; run++)
        {
            await page.GotoAsync(path);
            try
            {
                await page.WaitForInteractiveAsync();
            }
            catch (TimeoutException)
            {
                Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "TestResults", "benchmarks"));
                await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Root, "TestResults", "benchmarks", "app-output.log"), app.AppOutput);
                throw;
            }

            var times = await page.EvaluateAsync<double[]>(
                "() => { const n = performance.getEntriesByType('navigation')[0]; return [n.responseEnd, n.domContentLoadedEventEnd, performance.now()]; }");
            if (run > 0)
            {
                rows.Add((times[0], times[1], times[2]));
            }
        }

        return rows;
    }

    private async Task SeedAsync()
    {
        await using var connection = await app.OpenOwnerConnectionAsync();
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
