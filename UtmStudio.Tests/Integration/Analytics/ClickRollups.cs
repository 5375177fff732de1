using Npgsql;
using UtmStudio.Data.Entities;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Integration.Analytics;

/// <summary>The UTM values a link had when it was clicked (what the click writer copies into each click's breakdowns).</summary>
public sealed record TestLink(Guid Id, Guid CampaignId, string Channel, string Source, string Medium, string Content = "", string Term = "");

/// <summary>One click as a test arranges it; <see cref="Visitor"/> stands for the visitor hash.</summary>
public sealed record TestClick(
    TestLink Link, DateTimeOffset At, string Visitor, string Referrer = "", string Device = "desktop", string Browser = "chrome",
    string Os = "windows", string Country = "", bool FromQr = false, bool IsBot = false);

/// <summary>
/// Writes clicks the way the click writer's contract says (migration TrackingAndAnalytics), as the owner: every click
/// adds to its link's, its campaign's and its domain's hourly series row and to one value of each dimension per
/// scope per UTC day (the link's UTM values not at link scope, "campaign" at domain scope, "link" at domain and
/// campaign scope); a unique click is a visitor's
/// first of the UTC day in that scope. The tests assert hand-counted numbers, not numbers derived from this.
/// </summary>
public static class ClickRollups
{
    public static async Task InsertAsync(this TestDatabase database, Guid domainId, IReadOnlyList<TestClick> clicks)
    {
        var series = new Dictionary<(Guid Scope, bool Bot, DateTimeOffset Bucket), ClickSeriesRow>();
        var breakdowns = new Dictionary<(Guid Scope, string Dimension, bool Bot, DateOnly Day, string Value), ClickBreakdownRow>();
        var seen = new HashSet<(Guid Scope, DateOnly Day, string Visitor)>();
        foreach (var click in clicks.OrderBy(c => c.At))
        {
            var at = click.At.ToUniversalTime();
            var bucket = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, 0, 0, TimeSpan.Zero);
            var day = DateOnly.FromDateTime(at.UtcDateTime);
            foreach (var scope in new[] { click.Link.Id, click.Link.CampaignId, domainId })
            {
                var row = series.TryGetValue((scope, click.IsBot, bucket), out var found)
                    ? found
                    : series[(scope, click.IsBot, bucket)] = new ClickSeriesRow { DomainId = domainId, ScopeId = scope, Bucket = bucket, IsBot = click.IsBot };
                row.Clicks++;
                row.UniqueClicks += seen.Add((scope, day, click.Visitor)) ? 1 : 0;
                foreach (var (dimension, value) in Values(click, scope == domainId, scope == click.Link.CampaignId))
                {
                    var key = (scope, dimension, click.IsBot, day, value);
                    if (!breakdowns.TryGetValue(key, out var b))
                    {
                        b = breakdowns[key] = new ClickBreakdownRow
                        {
                            DomainId = domainId, ScopeId = scope, Dimension = dimension, IsBot = click.IsBot, Day = day, Value = value,
                        };
                    }

                    b.Clicks++;
                }
            }
        }

        await using var db = database.CreateOwnerContext();
        db.ClickSeries.AddRange(series.Values);
        db.ClickBreakdowns.AddRange(breakdowns.Values);
        await db.SaveChangesAsync();
        await InsertRawAsync(database, domainId, clicks);
    }

    private static IEnumerable<(string Dimension, string Value)> Values(TestClick click, bool domainScope, bool campaignScope)
    {
        var link = click.Link;
        yield return ("referrer", click.Referrer);
        yield return ("device", click.Device);
        yield return ("browser", click.Browser);
        yield return ("os", click.Os);
        yield return ("country", click.Country);
        yield return ("qr", click.FromQr ? "qr" : "direct");
        if (!domainScope && !campaignScope)
        {
            yield break; // a link's own UTM values are not broken down per link
        }

        yield return ("channel", link.Channel);
        yield return ("source", link.Source);
        yield return ("medium", link.Medium);
        yield return ("content", link.Content);
        yield return ("term", link.Term);
        if (domainScope)
        {
            yield return ("campaign", link.CampaignId.ToString("D"));
        }

        if (domainScope || campaignScope)
        {
            yield return ("link", link.Id.ToString("D"));
        }
    }

    /// <summary>The raw clicks too (drill-down, and the row-security tests), in their monthly partitions.</summary>
    private static async Task InsertRawAsync(TestDatabase database, Guid domainId, IReadOnlyList<TestClick> clicks)
    {
        await using var owner = await database.OpenAsync(asOwner: true);
        await owner.ExecuteAsync("SELECT set_config('app.operator', 'on', false)");
        var first = clicks.Min(c => c.At).UtcDateTime;
        var last = clicks.Max(c => c.At).UtcDateTime;
        await owner.ExecuteAsync($"SELECT app_ensure_click_partitions('{first:yyyy-MM-dd}', '{last:yyyy-MM-dd}')");
        foreach (var click in clicks)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO clicks (clicked_at, link_id, campaign_id, domain_id, referrer_host, device, browser, os, country, from_qr, is_bot, visitor_hash) " +
                "VALUES (@at, @link, @campaign, @domain, @referrer, @device, @browser, @os, @country, @qr, @bot, @hash)", owner);
            insert.Parameters.AddWithValue("at", click.At);
            insert.Parameters.AddWithValue("link", click.Link.Id);
            insert.Parameters.AddWithValue("campaign", click.Link.CampaignId);
            insert.Parameters.AddWithValue("domain", domainId);
            insert.Parameters.AddWithValue("referrer", click.Referrer.Length == 0 ? DBNull.Value : click.Referrer);
            insert.Parameters.AddWithValue("device", click.Device);
            insert.Parameters.AddWithValue("browser", click.Browser);
            insert.Parameters.AddWithValue("os", click.Os);
            insert.Parameters.AddWithValue("country", click.Country.Length == 0 ? DBNull.Value : click.Country);
            insert.Parameters.AddWithValue("qr", click.FromQr);
            insert.Parameters.AddWithValue("bot", click.IsBot);
            insert.Parameters.AddWithValue("hash", System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(click.Visitor))[..16]);
            await insert.ExecuteNonQueryAsync();
        }
    }
}
