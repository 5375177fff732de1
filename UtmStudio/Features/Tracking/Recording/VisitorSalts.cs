using System.Collections.Concurrent;
using System.Security.Cryptography;
using Npgsql;
using NpgsqlTypes;
using UtmStudio.Data.Tenancy;

namespace UtmStudio.Features.Tracking.Recording;

/// <summary>
/// The key of each UTC day's visitor hashes, shared by every instance through the database (app_visitor_salt), which
/// destroys it once the day is over. A click recorded later than that (the database was down for over a day) gets a
/// key of this process only: it is still counted, but may count as a second unique visitor.
/// </summary>
public sealed class VisitorSalts(AppDataSource data)
{
    private readonly ConcurrentDictionary<DateOnly, byte[]> _salts = new();

    public async Task<byte[]> ForDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (_salts.TryGetValue(day, out var salt))
        {
            return salt;
        }

        await using var connection = await data.OpenAsync(DbScope.System, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT public.app_visitor_salt($1)", connection)
        {
            Parameters = { new() { Value = day, NpgsqlDbType = NpgsqlDbType.Date } },
        };
        var stored = await command.ExecuteScalarAsync(cancellationToken) as byte[];
        salt = _salts.GetOrAdd(day, stored ?? RandomNumberGenerator.GetBytes(32));
        foreach (var old in _salts.Keys.Where(d => d < day.AddDays(-2)))
        {
            _salts.TryRemove(old, out _); // forget destroyed keys here too
        }

        return salt;
    }
}
