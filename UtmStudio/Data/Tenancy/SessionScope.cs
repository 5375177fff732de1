using System.Data.Common;

namespace UtmStudio.Data.Tenancy;

/// <summary>
/// Tells PostgreSQL who is asking: set_config of app.user_id, app.api_key_id, app.domain_id and app.operator.
/// All four are always written, so a pooled connection never carries the previous caller's identity. Used
/// for EF connections (<see cref="TenantSessionInterceptor"/>) and raw ones (<see cref="AppDataSource"/>).
/// </summary>
public static class SessionScope
{
    private const string Sql =
        "SELECT set_config('app.user_id', @user_id, false), set_config('app.api_key_id', @api_key_id, false), " +
        "set_config('app.domain_id', @domain_id, false), set_config('app.operator', @operator, false)";

    public static void Apply(DbConnection connection, DbScope scope)
    {
        using var command = Create(connection, scope);
        command.ExecuteNonQuery();
    }

    public static async Task ApplyAsync(DbConnection connection, DbScope scope, CancellationToken cancellationToken)
    {
        await using var command = Create(connection, scope);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Create(DbConnection connection, DbScope scope)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        Add(command, "user_id", scope.UserId?.ToString());
        Add(command, "api_key_id", scope.ApiKeyId?.ToString());
        Add(command, "domain_id", scope.DomainId?.ToString());
        Add(command, "operator", scope.Operator ? "on" : null);
        return command;
    }

    private static void Add(DbCommand command, string name, string? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? string.Empty;
        command.Parameters.Add(parameter);
    }
}
