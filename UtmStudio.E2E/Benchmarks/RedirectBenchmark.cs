using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Benchmarks;

/// <summary>
/// Not a test: a measurement, run by ./bench.sh. wrk (from apt) against the app's plaintext endpoint (/health/ping,
/// answered at the same place in the pipeline as the redirect) and against /l/{code} with recording on, in one run on
/// the same machine: requests per second, p50/p99 latency and their ratios. 1,000,000 links in the table and a cache
/// of 100,000 (so misses happen); afterwards every click the app answered is counted in the database. Writes
/// TestResults/benchmarks/redirect.md.
/// </summary>
[Trait("Category", "Benchmark")]
[Collection(AppCollection.Name)]
public sealed partial class RedirectBenchmark(AppFixture app)
{
    private const string Domain = "bench-redirect.test";
    private const int Seconds = 15;
    private const int Connections = 16;

    [Fact]
    public async Task Redirect_against_plaintext_with_a_million_links()
    {
        await using var ann = await app.NewPersonAsync();
        var page = await ann.SignInAsync("ann@" + Domain);
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync(Domain);
        var seeding = Stopwatch.StartNew();
        await SeedAsync();
        seeding.Stop();

        await using var server = await AppProcess.StartAsync(app.AppConnectionString, ownerConnection: null, new Dictionary<string, string>
        {
            ["Tracking:CacheSize"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        });
        await WrkAsync(server.BaseUrl, Load.Ping, 3); // warm-up: JIT, connections
        var warmUp = await WarmAsync(server.BaseUrl); // the popular links, once each: a cache in service for a while
        await CaughtUpAsync(server.BaseUrl); // every measured run starts with nothing waiting to be stored
        var ping = await WrkAsync(server.BaseUrl, Load.Ping, Seconds);
        var (hotLookupsBefore, hotMissesBefore) = await CacheAsync(server.BaseUrl);
        var hot = await WrkAsync(server.BaseUrl, Load.Hot, Seconds);
        var (hotLookupsAfter, hotMissesAfter) = await CacheAsync(server.BaseUrl);
        var (hotBacklog, hotCatchUp) = await CaughtUpAsync(server.BaseUrl);
        var (lookupsBefore, missesBefore) = await CacheAsync(server.BaseUrl);
        var redirect = await WrkAsync(server.BaseUrl, Load.Mixed, Seconds);
        var (lookupsAfter, missesAfter) = await CacheAsync(server.BaseUrl);
        var missRate = (double)(missesAfter - missesBefore) / (lookupsAfter - lookupsBefore);
        var (mixedBacklog, mixedCatchUp) = await CaughtUpAsync(server.BaseUrl);
        var accepted = (await QueueAsync(server.BaseUrl)).Accepted;
        var peakMemory = server.PeakMemoryMiB();
        await server.StopGracefullyAsync();
        var inDatabase = await CountClicksAsync();

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"wrk, {Connections} connections, 2 threads, {Seconds} s each, same app process and machine ({Environment.ProcessorCount} cores); the wrk script picks")
            .AppendLine("a code per request: 80% among the 50,000 most popular links, 20% among all 1,000,000; cache of 100,000 links,")
            .AppendLine("warmed by one visit to each popular link. \"Cached\" asks only for the popular links. The writer stores each run's")
            .AppendLine("clicks after it (ClickWritePacing, ADR 0012); every run starts with nothing waiting.")
            .AppendLine(CultureInfo.InvariantCulture, $"1,000,000 links seeded in {seeding.Elapsed.TotalSeconds:F0} s.")
            .AppendLine()
            .AppendLine("| endpoint | requests/s | p50 latency | p99 latency |")
            .AppendLine("|---|---:|---:|---:|")
            .AppendLine(Row("GET /health/ping (plaintext)", ping))
            .AppendLine(Row($"GET /l/{{code}}, cached links (redirect + click recorded; {hotMissesAfter - hotMissesBefore:N0} of {hotLookupsAfter - hotLookupsBefore:N0} lookups missed)", hot))
            .AppendLine(Row($"GET /l/{{code}}, 80/20 mix ({missRate:P1} of lookups missed the cache)", redirect))
            .AppendLine(CultureInfo.InvariantCulture,
                $"| **ratio cached / plaintext** | **{hot.RequestsPerSecond / ping.RequestsPerSecond:F2}×** | {hot.P50Ms / ping.P50Ms:F2}× | {hot.P99Ms / ping.P99Ms:F2}× |")
            .AppendLine(CultureInfo.InvariantCulture,
                $"| **ratio 80/20 mix / plaintext** | **{redirect.RequestsPerSecond / ping.RequestsPerSecond:F2}×** | {redirect.P50Ms / ping.P50Ms:F2}× | {redirect.P99Ms / ping.P99Ms:F2}× |")
            .AppendLine()
            .AppendLine("| clicks | count |")
            .AppendLine("|---|---:|")
            .AppendLine(CultureInfo.InvariantCulture, $"| redirects answered (warm-up + wrk runs) | {warmUp + hot.Requests + redirect.Requests:N0} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| clicks accepted by the app (its counter) | {accepted:N0} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| clicks stored in PostgreSQL after shutdown | {inDatabase:N0} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| clicks lost | {accepted - inDatabase:N0} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| waiting when the cached run ended / stored all {hotCatchUp.TotalSeconds:F1} s later | {hotBacklog:N0} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| waiting when the 80/20 run ended / stored all {mixedCatchUp.TotalSeconds:F1} s later | {mixedBacklog:N0} |")
            .AppendLine(CultureInfo.InvariantCulture, $"| app's peak memory (VmHWM) | {peakMemory:N0} MiB |")
            .AppendLine()
            .AppendLine("wrk counts only the responses it read before it stopped; the app also answered the few requests in flight at that moment, so accepted ≥ wrk's count.");
        var folder = Path.Combine(RepositoryPaths.Root, "TestResults", "benchmarks");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "redirect.md"), report.ToString());
        Assert.Equal(accepted, inDatabase); // a measurement, but a lost click is a bug, not a figure
    }

    private static string Row(string name, WrkResult result) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {result.RequestsPerSecond:N0} | {result.P50Ms:F2} ms | {result.P99Ms:F2} ms |");

    private enum Load
    {
        Ping,
        Hot,
        Mixed,
    }

    private const int Popular = 50_000;

    /// <summary>Visits each popular link once, 16 at a time, so the cached run finds every one of them in the cache.</summary>
    private static async Task<long> WarmAsync(string baseUrl)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = Connections })
        {
            BaseAddress = new Uri(baseUrl),
        };
        await Parallel.ForEachAsync(Enumerable.Range(1, Popular), new ParallelOptions { MaxDegreeOfParallelism = Connections }, async (n, cancel) =>
        {
            using var response = await http.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/l/bench{n:D7}"), cancel);
            Assert.Equal(System.Net.HttpStatusCode.Found, response.StatusCode);
        });
        return Popular;
    }

    private static async Task<WrkResult> WrkAsync(string baseUrl, Load load, int seconds)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-t2", $"-c{Connections}", $"-d{seconds}s", "--latency", "-s", Path.Combine(RepositoryPaths.Root, "db", "bench", "redirect.lua"), baseUrl })
        {
            start.ArgumentList.Add(argument);
        }

        switch (load)
        {
            case Load.Ping:
                start.Environment["WRK_PATH"] = "/health/ping";
                break;
            case Load.Hot:
                start.Environment["WRK_HOT"] = "1";
                break;
        }

        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk)");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        return WrkResult.Parse(output);
    }

    private static async Task<(long Accepted, long Stored)> QueueAsync(string baseUrl)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        using var health = JsonDocument.Parse(await http.GetStringAsync("/health/ready"));
        var data = health.RootElement.GetProperty("checks").GetProperty("click-recording").GetProperty("data");
        return (data.GetProperty("accepted").GetInt64(), data.GetProperty("stored").GetInt64());
    }

    /// <summary>Waits until the writer has stored every accepted click: how many were waiting and how long it took.
    /// During a burst the writer leaves clicks waiting (ClickWritePacing), so this is how far behind analytics were.</summary>
    private static async Task<(long Waiting, TimeSpan CatchUp)> CaughtUpAsync(string baseUrl)
    {
        var clock = Stopwatch.StartNew();
        var (accepted, stored) = await QueueAsync(baseUrl);
        var waiting = accepted - stored;
        while (stored < accepted && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(50);
            (accepted, stored) = await QueueAsync(baseUrl);
        }

        Assert.Equal(accepted, stored); // a measurement, but a writer that never catches up is a bug, not a figure
        return (waiting, clock.Elapsed);
    }

    private static async Task<(long Lookups, long Misses)> CacheAsync(string baseUrl)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        using var health = JsonDocument.Parse(await http.GetStringAsync("/health/ready"));
        var data = health.RootElement.GetProperty("checks").GetProperty("short-link-cache").GetProperty("data");
        return (data.GetProperty("lookups").GetInt64(), data.GetProperty("misses").GetInt64());
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

        var sql = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "db", "bench", "redirect-seed.sql"));
        await using var seed = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        seed.Parameters.AddWithValue("domain", domainId);
        seed.Parameters.AddWithValue("user", userId);
        await seed.ExecuteNonQueryAsync();
    }

    private async Task<long> CountClicksAsync()
    {
        await using var connection = await app.OpenOwnerConnectionAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM clicks c JOIN domains d ON d.id = c.domain_id WHERE d.domain_name = @domain", connection);
        count.Parameters.AddWithValue("domain", Domain);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private sealed partial record WrkResult(long Requests, double RequestsPerSecond, double P50Ms, double P99Ms)
    {
        public static WrkResult Parse(string output) => new(
            long.Parse(RequestsLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(RateLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Milliseconds(output, "50%"),
            Milliseconds(output, "99%"));

        /// <summary>wrk prints latencies as 812.00us, 1.23ms or 1.02s.</summary>
        private static double Milliseconds(string output, string percentile)
        {
            var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        }

        [GeneratedRegex(@"(\d+) requests in")]
        private static partial Regex RequestsLine();

        [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
        private static partial Regex RateLine();
    }
}
