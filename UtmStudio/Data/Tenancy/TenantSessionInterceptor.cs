using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace UtmStudio.Data.Tenancy;

/// <summary>
/// Tells PostgreSQL who is asking, on every connection open: set_config(app.user_id / app.operator).
/// Both are always written, so a pooled connection never carries the previous user's identity.
/// </summary>
public sealed class TenantSessionInterceptor : DbConnectionInterceptor
{
    public static readonly TenantSessionInterceptor Instance = new();

    private const string Sql = "SELECT set_config('app.user_id', @user_id, false), set_config('app.operator', @operator, false)";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection, eventData);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection, eventData);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand CreateCommand(DbConnection connection, ConnectionEndEventData eventData)
    {
        var scope = (eventData.Context as AppDbContext)?.Scope ?? DbScope.Nobody;
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        AddParameter(command, "user_id", scope.UserId?.ToString() ?? string.Empty);
        AddParameter(command, "operator", scope.Operator ? "on" : string.Empty);
        return command;
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
