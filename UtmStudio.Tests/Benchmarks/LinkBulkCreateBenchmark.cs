using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Api.V1;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Api;
using UtmStudio.Tests.Integration.Campaigns;
using UtmStudio.Tests.Integration.Links;
using Xunit.Abstractions;

namespace UtmStudio.Tests.Benchmarks;

/// <summary>
/// Not a test: a measurement, run by ./bench.sh (its name has no "Api" in it, so the API tests' filter leaves it out).
/// POST /api/v1/links/bulk with 1,000 links over HTTP against the real API host (key check, idempotency claim,
/// import, the per-item answer with every link), as a client sees it: from sending the request to the parsed
/// answer. Each run goes into a new campaign (new URLs) after a warm-up; prints median, min and max to
/// TestResults/benchmarks/link-bulk-api.md. The target: under 2 s.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class LinkBulkCreateBenchmark(TestDatabase database, ITestOutputHelper output) : IClassFixture<TestDatabase>
{
    private const int Links = 1000;

    private const int Runs = 7;

    [Fact]
    public async Task Create_1000_links_in_one_bulk_call_over_http()
    {
        var app = new AppServices(database);
        var domain = await LinkDomain.CreateAsync(app);
        await database.SetConventionsAsync(domain.Name, """{"lowercase":true,"spaces":"underscore","maxLength":80}""");
        var key = (await app.CreateKeyAsync(domain.Ada, domain.Name, "links")).Key;
        await using var api = await new ApiHost(database).StartAsync();

        await CallAsync(api, key, domain.CampaignId, domain.Name, 100, "warm"); // pool, plans, JIT
        var timings = new List<(double Total, double Parse)>();
        LinkBulkResult? last = null;
        for (var run = 0; run < Runs; run++)
        {
            var campaign = await app.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, CampaignArrange.Draft($"Bulk {run}"), AppServices.None);
            var idempotencyKey = Guid.NewGuid().ToString(); // as a careful client sends it: the claim and the stored answer are part of the cost
            var (total, parse, result) = await CallAsync(api, key, campaign.Id, domain.Name, Links, idempotencyKey);
            timings.Add((total, parse));
            last = result;
        }

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture,
                $"| POST /api/v1/links/bulk, {Links:N0} links ({last!.Created:N0} created, {last.Duplicates} duplicates, {last.Invalid} invalid), {Runs} runs | median ms | min ms | max ms |")
            .AppendLine("|---|---:|---:|---:|");
        void Line(string name, Func<(double Total, double Parse), double> ms) => report.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {BenchmarkTools.Median([.. timings.Select(ms)]):F0} | {timings.Select(ms).Min():F0} | {timings.Select(ms).Max():F0} |");
        Line("**request sent → answer parsed**", t => t.Total);
        Line("of which reading the answer (JSON, every link)", t => t.Parse);
        output.WriteLine(report.ToString());
        await BenchmarkFiles.WriteTableAsync("link-bulk-api", report.ToString());
        await using var db = database.CreateOwnerContext();
        Assert.Equal(Runs * last.Created, await db.Links.CountAsync(l => l.Campaign!.Name.StartsWith("Bulk")));
    }

    private static async Task<(double Total, double Parse, LinkBulkResult Result)> CallAsync(
        ApiHost api, string key, Guid campaignId, string domain, int count, string idempotencyKey)
    {
        var input = new LinkBulkInput([.. Enumerable.Range(0, count).Select(i => Item(campaignId, domain, i))]);
        var watch = Stopwatch.StartNew();
        using var response = await api.SendAsync(HttpMethod.Post, "/api/v1/links/bulk", key, input, h => h.Add("Idempotency-Key", idempotencyKey));
        var sent = watch.Elapsed.TotalMilliseconds;
        var result = await response.ReadAsync<LinkBulkResult>();
        var total = watch.Elapsed.TotalMilliseconds;
        return (total, total - sent, result);
    }

    /// <summary>What a script would send (the import benchmark's pages and pairs): mixed case and spaces the conventions
    /// fix, about 1% repeated items, 0.5% bad ones.</summary>
    private static LinkInput Item(Guid campaignId, string domain, int i)
    {
        var n = i % 100 == 99 ? i - 1 : i; // every hundredth item repeats the one before it
        var (source, medium) = LinkImportBenchmark.Pairs[n % LinkImportBenchmark.Pairs.Length];
        var host = i % 200 == 7 ? "elsewhere.test" : domain;
        var page = LinkImportBenchmark.Pages[n % LinkImportBenchmark.Pages.Length];
        return new LinkInput(campaignId, $"https://{host}/{page}", source, medium, $"Ad {n / LinkImportBenchmark.Pairs.Length}",
            n % 3 == 0 ? "running shoes" : null, Label: $"Item {n}", Tags: ["q2", "bench"]);
    }
}
