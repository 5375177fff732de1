using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace UtmStudio.Tests.Benchmarks;

/// <summary>Every SQL command a service runs, with its round-trip time and its parameters (to EXPLAIN it afterwards).</summary>
public sealed class CommandTimings : DbCommandInterceptor
{
    public ConcurrentQueue<TimedCommand> Commands { get; } = new();

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Commands.Enqueue(new TimedCommand(command.CommandText, eventData.Duration,
            command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList()));
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Commands.Enqueue(new TimedCommand(command.CommandText, eventData.Duration,
            command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList()));
        return ValueTask.FromResult(result);
    }
}

public sealed record TimedCommand(string Sql, TimeSpan Duration, IReadOnlyList<NpgsqlParameter> Parameters);
