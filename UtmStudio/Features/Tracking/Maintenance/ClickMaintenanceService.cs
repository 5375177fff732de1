using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Tracking.Recording;

namespace UtmStudio.Features.Tracking.Maintenance;

/// <summary>
/// Keeps the click tables in shape, at start-up and then every hour: monthly partitions exist three months ahead,
/// months past the retention period are dropped whole, and yesterday's unique-visitor rows are deleted (a new day
/// has a new salt, so they can never match again).
/// </summary>
public sealed class ClickMaintenanceService(
    AppDataSource data, TimeProvider time, IOptions<TrackingOptions> options, ILogger<ClickMaintenanceService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                logger.LogWarning(exception, "Click maintenance failed; trying again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<ClickMaintenanceResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        await using var connection = await data.OpenAsync(DbScope.System, cancellationToken);
        var created = await ScalarAsync(connection, "SELECT public.app_ensure_click_partitions($1, $2)",
            cancellationToken, thisMonth.AddMonths(-1), thisMonth.AddMonths(3));
        var dropped = await ScalarAsync(connection, "SELECT public.app_drop_click_partitions($1)",
            cancellationToken, thisMonth.AddMonths(-Math.Max(1, options.Value.RetentionMonths)));
        await using var prune = new NpgsqlCommand("DELETE FROM public.click_visitors WHERE day < $1", connection)
        {
            Parameters = { new() { Value = today.AddDays(-1), NpgsqlDbType = NpgsqlDbType.Date } },
        };
        var pruned = await prune.ExecuteNonQueryAsync(cancellationToken);
        var rolled = await BreakdownMonths.RollAsync(connection, today, cancellationToken);
        if (created + dropped > 0)
        {
            logger.LogInformation("Click partitions: {Created} created, {Dropped} dropped past {Months} months' retention",
                created, dropped, options.Value.RetentionMonths);
        }

        return new ClickMaintenanceResult(created, dropped, pruned, rolled);
    }

    private static async Task<int> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params DateOnly[] days)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var day in days)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = day, NpgsqlDbType = NpgsqlDbType.Date });
        }

        return (int)(await command.ExecuteScalarAsync(cancellationToken) ?? 0);
    }
}

public sealed record ClickMaintenanceResult(int PartitionsCreated, int PartitionsDropped, int VisitorRowsPruned, int MonthsRolledUp);
