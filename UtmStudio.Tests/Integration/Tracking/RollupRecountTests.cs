using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Features.Tracking.Redirect;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Tracking;

/// <summary>
/// The rollups the writer keeps batch by batch equal a recount from the raw clicks: clicks per scope and hour,
/// unique visitors per scope and day, and clicks per dimension value and day — over thousands of random clicks in
/// batches of uneven size, some written concurrently, across days, links, campaigns, bots and repeat visitors.
/// </summary>
public sealed class RollupRecountTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Fact]
    public async Task Series_uniques_and_breakdowns_equal_a_recount_of_the_raw_clicks()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var second = await _app.Campaigns.CreateAsync(Person(domain.Ada), domain.Name,
            Campaigns.CampaignArrange.Draft("Autumn"), AppServices.None);
        var links = new List<(Guid Link, Guid Campaign)>();
        foreach (var (campaign, page) in new[] { (domain.CampaignId, "a"), (domain.CampaignId, "b"), (second.Id, "c"), (second.Id, "d") })
        {
            var saved = await _app.Links.CreateAsync(Person(domain.Ada), domain.Name, domain.Draft(page) with { CampaignId = campaign }, AppServices.None);
            links.Add((saved.Link.Id, campaign));
        }

        var domainId = (await _app.Domains.GetSettingsAsync(Person(domain.Ada), domain.Name, AppServices.None)).Id;
        var random = new Random(20261201);
        var visitors = Enumerable.Range(0, 40).Select(_ => random.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 16)).ToArray();
        var start = new DateTimeOffset(2026, 10, 30, 22, 0, 0, TimeSpan.Zero); // across a month's end: two partitions
        var clicks = Enumerable.Range(0, 3000).Select(_ =>
        {
            var (link, campaign) = links[random.Next(links.Count)];
            return new RecordedClick(
                At: start.AddMinutes(random.Next(0, 60 * 50)),
                LinkId: link, CampaignId: campaign, DomainId: domainId,
                Link: new LinkDimensions("Email", "newsletter", "email", "spring_sale", random.Next(3) == 0 ? "hero" : null, null),
                ReferrerHost: random.GetItems(new[] { null, "google.com", "linkedin.com" }, 1)[0],
                Device: random.GetItems(new[] { "desktop", "mobile", "tablet" }, 1)[0],
                Browser: random.GetItems(new[] { "chrome", "safari", "firefox" }, 1)[0],
                Os: random.GetItems(new[] { "windows", "ios", "android" }, 1)[0],
                Country: random.GetItems(new[] { null, "DE", "US" }, 1)[0],
                FromQr: random.Next(5) == 0,
                IsBot: random.Next(10) == 0,
                VisitorHash: visitors[random.Next(visitors.Length)]);
        }).ToList();

        var writer = _app.Services.GetRequiredService<ClickBatchWriter>();
        var offset = 0;
        foreach (var size in new[] { 1, 2, 497, 1000 })
        {
            await writer.WriteAsync(clicks.Skip(offset).Take(size).ToList(), AppServices.None);
            offset += size;
        }

        // The rest as several writers store it (TrackingOptions.Writers): batches in concurrent transactions that share
        // visitors, series hours and breakdown values — each first visit still counted once, no deadlock.
        var concurrent = Enumerable.Range(0, 4).Select(i => clicks.Skip(offset + (i * 375)).Take(375).ToList()).ToList();
        await Task.WhenAll(concurrent.Select(batch => Task.Run(() => writer.WriteAsync(batch, AppServices.None))));
        offset += concurrent.Sum(batch => batch.Count);

        Assert.Equal(3000, offset);
        await using var connection = await database.OpenAsync(asOwner: true);
        Assert.Empty(await RowsAsync(connection, SeriesRecount));
        Assert.Empty(await RowsAsync(connection, UniquesRecount));
        Assert.Empty(await RowsAsync(connection, BreakdownRecount));
        Assert.Equal(3000 * 3L, await ScalarAsync(connection, "SELECT sum(clicks) FROM click_series"));
    }

    /// <summary>Each click in its three scopes: link, campaign, domain.</summary>
    private const string Scoped = """
        WITH scoped AS (
            SELECT link_id AS scope_id, * FROM clicks UNION ALL
            SELECT campaign_id, * FROM clicks UNION ALL
            SELECT domain_id, * FROM clicks)
        """;

    /// <summary>Rows where the rollup and the recount differ (a full outer join on the key).</summary>
    private const string SeriesRecount = Scoped + """
        , recount AS (SELECT scope_id, is_bot, date_trunc('hour', clicked_at, 'UTC') AS bucket, count(*) AS clicks FROM scoped GROUP BY 1, 2, 3)
        SELECT coalesce(r.scope_id, s.scope_id)::text FROM recount r FULL JOIN click_series s USING (scope_id, is_bot, bucket)
        WHERE r.clicks IS DISTINCT FROM s.clicks
        """;

    private const string UniquesRecount = Scoped + """
        , recount AS (SELECT scope_id, (clicked_at AT TIME ZONE 'UTC')::date AS day, count(DISTINCT visitor_hash) AS uniques FROM scoped GROUP BY 1, 2),
        rolled AS (SELECT scope_id, (bucket AT TIME ZONE 'UTC')::date AS day, sum(unique_clicks) AS uniques FROM click_series GROUP BY 1, 2)
        SELECT coalesce(r.scope_id, s.scope_id)::text FROM recount r FULL JOIN rolled s USING (scope_id, day)
        WHERE r.uniques IS DISTINCT FROM s.uniques
        """;

    private const string BreakdownRecount = Scoped + """
        , values AS (
            SELECT scope_id, is_bot, (clicked_at AT TIME ZONE 'UTC')::date AS day, d.dimension, d.value
            FROM scoped, LATERAL (VALUES ('referrer', coalesce(referrer_host, '')), ('device', device), ('browser', browser), ('os', os),
                                         ('country', coalesce(country, '')), ('qr', CASE WHEN from_qr THEN 'qr' ELSE 'direct' END)) d(dimension, value)),
        recount AS (SELECT scope_id, dimension, is_bot, day, value, count(*) AS clicks FROM values GROUP BY 1, 2, 3, 4, 5),
        rolled AS (SELECT * FROM click_breakdowns WHERE dimension IN ('referrer', 'device', 'browser', 'os', 'country', 'qr'))
        SELECT coalesce(r.scope_id, b.scope_id)::text FROM recount r FULL JOIN rolled b USING (scope_id, dimension, is_bot, day, value)
        WHERE r.clicks IS DISTINCT FROM b.clicks
        """;

    private static async Task<List<string>> RowsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
