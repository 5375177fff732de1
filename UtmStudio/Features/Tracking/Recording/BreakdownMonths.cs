using Npgsql;
using NpgsqlTypes;

namespace UtmStudio.Features.Tracking.Recording;

/// <summary>
/// The monthly breakdown rollup (click_breakdowns_monthly): every hour the click maintenance job adds the days that
/// are over into one row per month and value, oldest first and without gaps, and notes in click_breakdown_months up
/// to which day (through) each month is summed; analytics then reads those months from there. The writer and the job
/// meet on an advisory lock per month: a batch holds it shared while it writes, the job holds it exclusively — so the
/// job sums only committed batches, and a batch that comes after it (clicks of a summed day: the database was down,
/// or midnight just passed) sees the new through and adds those clicks to the monthly rows as well.
/// </summary>
public static class BreakdownMonths
{
    private const string Lock = "hashtext('click_breakdown_months'), (extract(year FROM m) * 12 + extract(month FROM m))::int";

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>In the writer's transaction: takes the months' locks shared (in order) and returns how far each is
    /// summed; clicks of those days go into the monthly rows too.</summary>
    public static async Task<Dictionary<DateOnly, DateOnly>> LockForWriteAsync(
        NpgsqlConnection connection, IEnumerable<DateOnly> months, CancellationToken cancellationToken)
    {
        var sorted = months.Distinct().Order().ToArray();
        await using (var locks = new NpgsqlCommand(
            $"SELECT pg_advisory_xact_lock_shared({Lock}) FROM unnest($1::date[]) WITH ORDINALITY AS t(m, n) ORDER BY n", connection))
        {
            locks.Parameters.Add(new NpgsqlParameter { Value = sorted, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
            await locks.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var summed = new NpgsqlCommand("SELECT month, through FROM public.click_breakdown_months WHERE month = ANY($1)", connection);
        summed.Parameters.Add(new NpgsqlParameter { Value = sorted, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
        var result = new Dictionary<DateOnly, DateOnly>();
        await using var reader = await summed.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetFieldValue<DateOnly>(0)] = reader.GetFieldValue<DateOnly>(1);
        }

        return result;
    }

    /// <summary>The job: sums every day before <paramref name="today"/> not summed yet into its month, one
    /// transaction per month, oldest first. Returns how many months it added days to.</summary>
    public static async Task<int> RollAsync(NpgsqlConnection connection, DateOnly today, CancellationToken cancellationToken)
    {
        var lastDay = today.AddDays(-1);
        var rolled = 0;
        for (var month = await FirstToRollAsync(connection, cancellationToken); month is { } m && m <= lastDay; month = m.AddMonths(1))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var exclusive = Command(connection, $"SELECT pg_advisory_xact_lock({Lock}) FROM (SELECT $1::date AS m) AS t", m))
            {
                await exclusive.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var through = Command(connection, "SELECT through FROM public.click_breakdown_months WHERE month = $1", m);
            var from = await through.ExecuteScalarAsync(cancellationToken) is DateOnly summed ? summed.AddDays(1) : m;
            var to = Min(m.AddMonths(1).AddDays(-1), lastDay);
            if (from <= to)
            {
                await using var add = Command(connection, """
                    INSERT INTO public.click_breakdowns_monthly AS b (domain_id, scope_id, dimension, is_bot, month, value, clicks)
                    SELECT domain_id, scope_id, dimension, is_bot, $1, value, sum(clicks)
                    FROM public.click_breakdowns
                    WHERE day >= $2 AND day <= $3
                    GROUP BY domain_id, scope_id, dimension, is_bot, value
                    ON CONFLICT (scope_id, dimension, is_bot, month, value) DO UPDATE SET clicks = b.clicks + EXCLUDED.clicks
                    """, m, from, to);
                await add.ExecuteNonQueryAsync(cancellationToken);
                await using var mark = Command(connection, """
                    INSERT INTO public.click_breakdown_months AS s (month, through) VALUES ($1, $2)
                    ON CONFLICT (month) DO UPDATE SET through = EXCLUDED.through, rolled_at = now()
                    """, m, to);
                await mark.ExecuteNonQueryAsync(cancellationToken);
                rolled++;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return rolled;
    }

    /// <summary>The last month noted (it may have days left), else the month of the oldest breakdown row (null: no
    /// clicks yet).</summary>
    private static async Task<DateOnly?> FirstToRollAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT coalesce((SELECT max(month) FROM public.click_breakdown_months),
                            (SELECT date_trunc('month', min(day))::date FROM public.click_breakdowns))
            """, connection);
        return await command.ExecuteScalarAsync(cancellationToken) is DateOnly month ? month : null;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params DateOnly[] days)
    {
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        foreach (var day in days)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = day, NpgsqlDbType = NpgsqlDbType.Date });
        }

        return command;
    }
}
