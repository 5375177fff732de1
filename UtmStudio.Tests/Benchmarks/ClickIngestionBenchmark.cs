using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UtmStudio.Features.Tracking;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Features.Tracking.Redirect;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Benchmarks;

/// <summary>
/// Not a test: a measurement, run by ./bench.sh. Sustained click ingestion: 500,000 clicks over 200 links, put into
/// the queue as fast as the redirect could, stored by the real background writer (classification, visitor hash,
/// raw clicks, unique visitors, series and breakdown rollups, each batch one transaction). Prints clicks stored per
/// second to TestResults/benchmarks/click-ingestion.md.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class ClickIngestionBenchmark(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const int Clicks = 500_000;
    private const int Links = 200;

    private static readonly string[] UserAgents =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    ];

    [Fact]
    public async Task Store_half_a_million_clicks()
    {
        var app = new AppServices(database);
        var domain = await LinkDomain.CreateAsync(app);
        var targets = new List<ShortLinkTarget>();
        var lookup = app.Services.GetRequiredService<ShortLinkLookup>();
        for (var i = 0; i < Links; i++)
        {
            var link = (await app.Links.CreateAsync(Person(domain.Ada), domain.Name, domain.Draft($"p{i}"), AppServices.None)).Link;
            targets.Add((await lookup.FindAsync(link.ShortCode, AppServices.None)).Target!);
        }

        // BusyClicksPerSecond 0: the writer flat out, never leaving clicks waiting for a burst to end (ClickWritePacing).
        var options = Options.Create(new TrackingOptions { QueueCapacity = Clicks, BusyClicksPerSecond = 0 });
        var queue = new ClickQueue(options, NullLogger<ClickQueue>.Instance);
        var writer = new ClickWriterService(queue, app.Services.GetRequiredService<ClickBatchWriter>(),
            app.Services.GetRequiredService<VisitorSalts>(), new ClickWritePacing(queue, TimeProvider.System, options), options,
            NullLogger<ClickWriterService>.Instance);
        var random = new Random(1);
        var now = DateTimeOffset.UtcNow;
        var raw = Enumerable.Range(0, Clicks).Select(i => new RawClick(
            now.AddMilliseconds(i), targets[random.Next(Links)], new IPAddress(random.Next(1, 50_000)), UserAgents[random.Next(UserAgents.Length)],
            i % 3 == 0 ? "https://www.google.com/" : null, null, false, i % 10 == 0)).ToList();

        await writer.StartAsync(AppServices.None);
        var clock = Stopwatch.StartNew();
        foreach (var click in raw)
        {
            Assert.True(queue.TryEnqueue(click));
        }

        var enqueued = clock.Elapsed;
        await writer.StopAsync(AppServices.None); // closes the queue and waits until everything is stored
        clock.Stop();

        await using var db = database.CreateOwnerContext();
        var stored = await db.Clicks.LongCountAsync();
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{Clicks:N0} clicks over {Links} links through the click queue and the background writer ({Environment.ProcessorCount} cores, batches of {new TrackingOptions().BatchSize:N0}).")
            .AppendLine()
            .AppendLine("| measure | value |")
            .AppendLine("|---|---:|")
            .AppendLine(CultureInfo.InvariantCulture, $"| clicks queued in | {enqueued.TotalMilliseconds:N0} ms |")
            .AppendLine(CultureInfo.InvariantCulture, $"| all stored (raw + rollups) after | {clock.Elapsed.TotalMilliseconds:N0} ms |")
            .AppendLine(CultureInfo.InvariantCulture, $"| **sustained ingestion** | **{Clicks / clock.Elapsed.TotalSeconds:N0} clicks/s** |")
            .AppendLine(CultureInfo.InvariantCulture, $"| clicks in the database | {stored:N0} |");
        await BenchmarkFiles.WriteTableAsync("click-ingestion", report.ToString());
        Assert.Equal(Clicks, stored);
    }
}
