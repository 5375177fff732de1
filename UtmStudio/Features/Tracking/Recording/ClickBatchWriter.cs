using Npgsql;
using NpgsqlTypes;
using UtmStudio.Data.Tenancy;

namespace UtmStudio.Features.Tracking.Recording;

/// <summary>
/// Stores a batch of clicks and its rollups in one transaction: the raw clicks, the day's new unique visitors, the
/// hourly series and the daily breakdowns — so the counts always equal a recount of the raw clicks. Each table gets
/// one statement with the batch as arrays (binary parameters, unnest on the server): PostgreSQL refuses COPY FROM
/// into tables with row-level security, and this is as fast (docs/adr/0009-click-ingestion.md).
/// </summary>
public sealed class ClickBatchWriter(AppDataSource data)
{
    private readonly HashSet<DateOnly> _partitionMonths = [];
    private readonly Lock _partitionLock = new();

    public async Task WriteAsync(IReadOnlyList<RecordedClick> clicks, CancellationToken cancellationToken)
    {
        if (clicks.Count == 0)
        {
            return;
        }

        await using var connection = await data.OpenAsync(DbScope.System, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var summedThrough = await BreakdownMonths.LockForWriteAsync(
            connection, clicks.Select(c => BreakdownMonths.MonthOf(ClickRollups.DayOf(c.At))), cancellationToken);
        var months = await EnsurePartitionsAsync(connection, clicks, cancellationToken);
        await InsertClicksAsync(connection, clicks, cancellationToken);
        var firstVisits = await InsertVisitorsAsync(connection, clicks, cancellationToken);
        await UpsertSeriesAsync(connection, clicks, firstVisits, cancellationToken);
        await UpsertBreakdownsAsync(connection, clicks, Daily, cancellationToken);
        var late = clicks.Where(c => summedThrough.TryGetValue(BreakdownMonths.MonthOf(ClickRollups.DayOf(c.At)), out var through)
            && ClickRollups.DayOf(c.At) <= through).ToList();
        if (late.Count > 0)
        {
            await UpsertBreakdownsAsync(connection, late, Monthly, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        RememberPartitions(months);
    }

    private async Task<DateOnly[]> EnsurePartitionsAsync(NpgsqlConnection connection, IReadOnlyList<RecordedClick> clicks, CancellationToken cancellationToken)
    {
        var months = clicks.Select(c => new DateOnly(c.At.UtcDateTime.Year, c.At.UtcDateTime.Month, 1)).Distinct().ToArray();
        lock (_partitionLock)
        {
            if (months.All(_partitionMonths.Contains))
            {
                return [];
            }
        }

        await using var command = new NpgsqlCommand("SELECT public.app_ensure_click_partitions($1, $2)", connection)
        {
            Parameters =
            {
                new() { Value = months.Min(), NpgsqlDbType = NpgsqlDbType.Date },
                new() { Value = months.Max(), NpgsqlDbType = NpgsqlDbType.Date },
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
        return months;
    }

    /// <summary>Only after commit: a rolled-back transaction also rolled back the partitions it created.</summary>
    private void RememberPartitions(DateOnly[] months)
    {
        lock (_partitionLock)
        {
            _partitionMonths.UnionWith(months);
        }
    }

    private static async Task InsertClicksAsync(NpgsqlConnection connection, IReadOnlyList<RecordedClick> clicks, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO public.clicks (clicked_at, link_id, campaign_id, domain_id, referrer_host, device, browser, os, country,
                                       from_qr, is_bot, visitor_hash)
            SELECT * FROM unnest($1::timestamptz[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[],
                                 $8::text[], $9::text[], $10::boolean[], $11::boolean[], $12::bytea[])
            """;
        await using var command = new NpgsqlCommand(sql, connection)
        {
            Parameters =
            {
                new() { Value = clicks.Select(c => c.At).ToArray() },
                new() { Value = clicks.Select(c => c.LinkId).ToArray() },
                new() { Value = clicks.Select(c => c.CampaignId).ToArray() },
                new() { Value = clicks.Select(c => c.DomainId).ToArray() },
                new() { Value = clicks.Select(c => c.ReferrerHost).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new() { Value = clicks.Select(c => c.Device).ToArray() },
                new() { Value = clicks.Select(c => c.Browser).ToArray() },
                new() { Value = clicks.Select(c => c.Os).ToArray() },
                new() { Value = clicks.Select(c => c.Country).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new() { Value = clicks.Select(c => c.FromQr).ToArray() },
                new() { Value = clicks.Select(c => c.IsBot).ToArray() },
                new() { Value = clicks.Select(c => c.VisitorHash).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records each (scope, day, visitor) of the batch; returns the ones not seen before — unique clicks.</summary>
    private static async Task<HashSet<VisitorKey>> InsertVisitorsAsync(
        NpgsqlConnection connection, IReadOnlyList<RecordedClick> clicks, CancellationToken cancellationToken)
    {
        var candidates = clicks
            .SelectMany(c => ClickRollups.ScopesOf(c).Select(s => (s.Domain, Key: new VisitorKey(s.Scope, ClickRollups.DayOf(c.At), new HashKey(c.VisitorHash)))))
            .DistinctBy(v => v.Key)
            .OrderBy(v => v.Key.Scope).ThenBy(v => v.Key.Day).ThenBy(v => v.Key.Hash)
            .ToList();
        const string sql = """
            INSERT INTO public.click_visitors (domain_id, scope_id, day, visitor_hash)
            SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::bytea[])
            ON CONFLICT DO NOTHING
            RETURNING scope_id, day, visitor_hash
            """;
        await using var command = new NpgsqlCommand(sql, connection)
        {
            Parameters =
            {
                new() { Value = candidates.Select(v => v.Domain).ToArray() },
                new() { Value = candidates.Select(v => v.Key.Scope).ToArray() },
                new() { Value = candidates.Select(v => v.Key.Day).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date },
                new() { Value = candidates.Select(v => v.Key.Hash.Bytes).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea },
            },
        };
        var firstVisits = new HashSet<VisitorKey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            firstVisits.Add(new VisitorKey(reader.GetGuid(0), reader.GetFieldValue<DateOnly>(1), new HashKey(reader.GetFieldValue<byte[]>(2))));
        }

        return firstVisits;
    }

    private static async Task UpsertSeriesAsync(
        NpgsqlConnection connection, IReadOnlyList<RecordedClick> clicks, HashSet<VisitorKey> firstVisits, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<(Guid Scope, bool Bot, DateTimeOffset Hour), (Guid Domain, long Clicks, long Uniques)>();
        foreach (var click in clicks.OrderBy(c => c.At))
        {
            foreach (var (scope, domain) in ClickRollups.ScopesOf(click))
            {
                var key = (scope, click.IsBot, ClickRollups.HourOf(click.At));
                var unique = firstVisits.Remove(new VisitorKey(scope, ClickRollups.DayOf(click.At), new HashKey(click.VisitorHash))) ? 1 : 0;
                var row = rows.GetValueOrDefault(key, (domain, 0, 0));
                rows[key] = (domain, row.Clicks + 1, row.Uniques + unique);
            }
        }

        var sorted = rows.OrderBy(r => r.Key.Scope).ThenBy(r => r.Key.Bot).ThenBy(r => r.Key.Hour).ToList();
        const string sql = """
            INSERT INTO public.click_series AS s (domain_id, scope_id, bucket, is_bot, clicks, unique_clicks)
            SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::boolean[], $5::bigint[], $6::bigint[])
            ON CONFLICT (scope_id, is_bot, bucket)
            DO UPDATE SET clicks = s.clicks + EXCLUDED.clicks, unique_clicks = s.unique_clicks + EXCLUDED.unique_clicks
            """;
        await using var command = new NpgsqlCommand(sql, connection)
        {
            Parameters =
            {
                new() { Value = sorted.Select(r => r.Value.Domain).ToArray() },
                new() { Value = sorted.Select(r => r.Key.Scope).ToArray() },
                new() { Value = sorted.Select(r => r.Key.Hour).ToArray() },
                new() { Value = sorted.Select(r => r.Key.Bot).ToArray() },
                new() { Value = sorted.Select(r => r.Value.Clicks).ToArray() },
                new() { Value = sorted.Select(r => r.Value.Uniques).ToArray() },
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The daily breakdowns, and the monthly ones (same columns, the first day of the month as its date).</summary>
    private sealed record BreakdownTable(string Name, string DateColumn, Func<DateOnly, DateOnly> DateOf);

    private static readonly BreakdownTable Daily = new("click_breakdowns", "day", day => day);
    private static readonly BreakdownTable Monthly = new("click_breakdowns_monthly", "month", BreakdownMonths.MonthOf);

    private static async Task UpsertBreakdownsAsync(
        NpgsqlConnection connection, IReadOnlyList<RecordedClick> clicks, BreakdownTable table, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<(Guid Scope, string Dimension, bool Bot, DateOnly Day, string Value), (Guid Domain, long Clicks)>();
        foreach (var click in clicks)
        {
            var day = table.DateOf(ClickRollups.DayOf(click.At));
            foreach (var (scope, domain) in ClickRollups.ScopesOf(click))
            {
                foreach (var (dimension, value) in ClickRollups.DimensionsOf(click, scope))
                {
                    var key = (scope, dimension, click.IsBot, day, value);
                    rows[key] = (domain, rows.GetValueOrDefault(key).Clicks + 1);
                }
            }
        }

        var sorted = rows.OrderBy(r => r.Key.Scope).ThenBy(r => r.Key.Dimension, StringComparer.Ordinal).ThenBy(r => r.Key.Bot)
            .ThenBy(r => r.Key.Day).ThenBy(r => r.Key.Value, StringComparer.Ordinal).ToList();
        var sql = $"""
            INSERT INTO public.{table.Name} AS b (domain_id, scope_id, dimension, is_bot, {table.DateColumn}, value, clicks)
            SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::boolean[], $5::date[], $6::text[], $7::bigint[])
            ON CONFLICT (scope_id, dimension, is_bot, {table.DateColumn}, value) DO UPDATE SET clicks = b.clicks + EXCLUDED.clicks
            """;
        await using var command = new NpgsqlCommand(sql, connection)
        {
            Parameters =
            {
                new() { Value = sorted.Select(r => r.Value.Domain).ToArray() },
                new() { Value = sorted.Select(r => r.Key.Scope).ToArray() },
                new() { Value = sorted.Select(r => r.Key.Dimension).ToArray() },
                new() { Value = sorted.Select(r => r.Key.Bot).ToArray() },
                new() { Value = sorted.Select(r => r.Key.Day).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date },
                new() { Value = sorted.Select(r => r.Key.Value).ToArray() },
                new() { Value = sorted.Select(r => r.Value.Clicks).ToArray() },
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private readonly record struct VisitorKey(Guid Scope, DateOnly Day, HashKey Hash);
}
