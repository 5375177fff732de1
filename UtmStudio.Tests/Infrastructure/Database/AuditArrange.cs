using Npgsql;

namespace UtmStudio.Tests.Infrastructure.Database;

/// <summary>An audit entry to arrange: what, by whom (null: UtmStudio itself), and when.</summary>
public sealed record ArrangedEntry(string Action, Guid? Actor, DateTimeOffset At);

/// <summary>
/// Audit entries in bulk, through app_record_audit as the app writes them (never an INSERT): as the owner with
/// app.operator on, the actor set per entry; then, as the owner, the time each entry should have (the function
/// stamps the clock, and tests need chosen times, ties included).
/// </summary>
public static class AuditArrange
{
    public static async Task<IReadOnlyList<Guid>> RecordAuditAsync(this TestDatabase database, Guid domainId, IEnumerable<ArrangedEntry> entries)
    {
        await using var connection = await database.OpenAsync(asOwner: true);
        await using var transaction = await connection.BeginTransactionAsync();
        await Execute(connection, "SELECT set_config('app.operator', 'on', true)");
        var ids = new List<Guid>();
        foreach (var entry in entries)
        {
            await Execute(connection, "SELECT set_config('app.user_id', @actor, true)", ("actor", entry.Actor?.ToString() ?? string.Empty));
            var id = (Guid)(await Scalar(connection, "SELECT app_record_audit(@domain, @action, '{}'::jsonb)", ("domain", domainId), ("action", entry.Action)))!;
            await Execute(connection, "UPDATE audit_log SET created_at = @at WHERE id = @id", ("at", entry.At), ("id", id));
            ids.Add(id);
        }

        await transaction.CommitAsync();
        return ids;
    }

    /// <summary>Removes every entry of a domain (a log that is empty: domains made by the app always record their creation).</summary>
    public static async Task ClearAuditAsync(this TestDatabase database, Guid domainId)
    {
        await using var connection = await database.OpenAsync(asOwner: true);
        await Execute(connection, "DELETE FROM audit_log WHERE domain_id = @domain", ("domain", domainId));
    }

    /// <summary>The domain's entry ids in the log's order (newest first, ties by id), read past row security.</summary>
    public static async Task<List<Guid>> AuditIdsInOrderAsync(this TestDatabase database, Guid domainId)
    {
        await using var connection = await database.OpenAsync(asOwner: true);
        var rows = await connection.QueryAsync("SELECT id FROM audit_log WHERE domain_id = @domain ORDER BY created_at DESC, id DESC", ("domain", domainId));
        return rows.Select(r => (Guid)r["id"]!).ToList();
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteScalarAsync();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
