using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Bulk;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Benchmarks;

/// <summary>
/// Not a test: a measurement, run by ./bench.sh. Imports a CSV of 10,000 rows — a realistic mix of landing pages,
/// sources, mediums and contents under the team's conventions, with a few duplicates inside the file, a few of
/// links the domain has, and a few bad rows — as <see cref="LinkBulkService"/> does for the page: read and map the
/// file, preview every row, import. Each run goes into a new campaign (new URLs), after a warm-up; prints
/// median and min to TestResults/benchmarks/link-import.md.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class LinkImportBenchmark(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const int Rows = 10_000;

    private const int Runs = 5;

    private const string Conventions = """{"lowercase":true,"spaces":"underscore","maxLength":80}""";

    internal static readonly string[] Pages = ["", "spring", "pricing", "blog/launch?ref=nav", "shop/shoes#sizes", "features/teams"];

    internal static readonly (string Source, string Medium)[] Pairs =
    [
        ("Google", "cpc"), ("bing", "cpc"), ("meta", "paid_social"), ("linkedin", "social"), ("Newsletter", "email"),
        ("partner blog", "referral"), ("youtube", "video"), ("tiktok", "paid_social"),
    ];

    [Fact]
    public async Task Import_a_csv_of_10000_rows()
    {
        var app = new AppServices(database);
        var domain = await LinkDomain.CreateAsync(app);
        await database.SetConventionsAsync(domain.Name, Conventions);
        var bulk = app.LinkBulk;
        var caller = Person(domain.Tom);

        await RunAsync(bulk, caller, domain.Name, domain.CampaignId, Csv(domain.Name, 1000)); // warm-up: pool, plans, JIT
        var conventions = Features.Links.Conventions.LinkConventions.FromJson(Conventions);
        var timings = new List<Timing>();
        BulkImportSummary? last = null;
        for (var run = 0; run < Runs; run++)
        {
            var campaign = await app.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, CampaignArrange.Draft($"Bench {run}"), AppServices.None);
            await app.Links.CreateAsync(caller, domain.Name, Existing(domain, campaign.Id), AppServices.None); // the file's first row
            var file = Csv(domain.Name, Rows);
            var (timing, summary) = await RunAsync(bulk, caller, domain.Name, campaign.Id, file);
            timings.Add(timing with { Build = await BuildOnlyAsync(file, domain.Name, conventions, new CampaignUtm(campaign.Id, campaign.Name, campaign.UtmCampaign, null)) });
            last = summary;
        }

        var report = new StringBuilder()
            .AppendLine($"| Import of {Rows:N0} CSV rows ({last!.Created:N0} created, {last.Duplicates} duplicates, {last.Rejected} rejected), {Runs} runs | median ms | min ms |")
            .AppendLine("|---|---:|---:|");
        void Line(string name, Func<Timing, double> ms) =>
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Median(timings.Select(ms)):F0} | {timings.Select(ms).Min():F0} |");
        Line("read + map the file (CsvHelper)", t => t.Read);
        Line("preview (build every row + look up existing URLs)", t => t.Preview);
        Line("import (build again, 10 batches of 1,000, audit)", t => t.Import);
        Line("of which building the 10,000 rows (LinkBuilder, no database; in preview and import each)", t => t.Build);
        Line("**file to links (read + import)**", t => t.Read + t.Import);

        var folder = Path.Combine(BenchmarkFiles.RepositoryRoot(), "TestResults", "benchmarks");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "link-import.md"), report.ToString());
        await using var db = database.CreateOwnerContext();
        Assert.Equal(Runs * (last.Created + 1), await db.Links.CountAsync(l => l.Campaign!.Name.StartsWith("Bench")));
    }

    private static async Task<(Timing, BulkImportSummary)> RunAsync(LinkBulkService bulk, Identity.Caller caller, string domain, Guid campaignId, byte[] file)
    {
        var watch = Stopwatch.StartNew();
        var table = await bulk.ReadCsvAsync(new MemoryStream(file), AppServices.None);
        var rows = BulkColumnMapping.Guess(table.Header).Apply(table);
        var read = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        await bulk.PreviewAsync(caller, domain, campaignId, rows, AppServices.None);
        var preview = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var summary = await bulk.ImportAsync(caller, domain, campaignId, rows, null, AppServices.None);
        return (new Timing(read, preview, watch.Elapsed.TotalMilliseconds), summary);
    }

    /// <summary>Only the pure part of an import: every row through <see cref="BulkRowBuilder"/>.</summary>
    private static async Task<double> BuildOnlyAsync(byte[] file, string domain, Features.Links.Conventions.LinkConventions conventions, CampaignUtm campaign)
    {
        var table = await BulkCsvReader.ReadAsync(new MemoryStream(file), AppServices.None);
        var rows = BulkColumnMapping.Guess(table.Header).Apply(table);
        var builder = new BulkRowBuilder(domain, conventions, new BulkCampaigns([campaign], campaign, domain));
        var watch = Stopwatch.StartNew();
        foreach (var row in rows)
        {
            builder.Build(row);
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The file a marketer would upload: spreadsheet headers, mixed case and spaces the conventions fix, about
    /// 1% repeated rows, 0.5% bad rows (another host, no medium, a value too long), one row of a link that exists.</summary>
    private static byte[] Csv(string domain, int count)
    {
        var csv = new StringBuilder("Landing Page,UTM Source,UTM Medium,UTM Content,UTM Term,Label,Tags\r\n");
        csv.Append(CultureInfo.InvariantCulture, $"https://{domain}/spring,google,cpc,ad_0,,,\r\n");
        for (var i = 1; i < count; i++)
        {
            var n = i % 100 == 0 ? i - 1 : i; // every hundredth row repeats the one before it
            var (source, medium) = Pairs[n % Pairs.Length];
            var host = i % 400 == 7 ? "elsewhere.test" : domain;
            medium = i % 400 == 11 ? "" : medium;
            var content = i % 400 == 13 ? new string('x', 90) : $"Ad {n / Pairs.Length}";
            csv.Append(CultureInfo.InvariantCulture,
                $"https://{host}/{Pages[n % Pages.Length]},{source},{medium},{content},{(n % 3 == 0 ? "running shoes" : "")},Row {n},\"q2, bench\"\r\n");
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetBytes(csv.ToString());
    }

    private static LinkDraft Existing(LinkDomain domain, Guid campaignId) =>
        domain.Draft("spring") with { CampaignId = campaignId, Source = "google", Medium = "cpc", Content = "ad_0" };

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[(sorted.Count - 1) / 2];
    }


    private sealed record Timing(double Read, double Preview, double Import, double Build = 0);
}
