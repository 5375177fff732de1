using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace UtmStudio.Tests.Infrastructure.Postgres;

/// <summary>
/// The PostgreSQL server the tests use: the one named by UTMSTUDIO_TEST_ADMIN_CONNECTION (a superuser
/// connection string), or else a private throw-away cluster started on a free loopback port and stopped
/// when the test process exits. Roles match production: an owner and a non-owner application login.
/// </summary>
public sealed class PostgresCluster
{
    public const string OwnerRole = "utmstudio_owner";
    public const string AppRole = "utmstudio_app";
    private const string Password = "test-password";

    private static readonly Lazy<Task<PostgresCluster>> Shared = new(StartAsync);
    private readonly NpgsqlConnectionStringBuilder _admin;
    private readonly SemaphoreSlim _createDatabase = new(1, 1);

    private PostgresCluster(string adminConnectionString) => _admin = new NpgsqlConnectionStringBuilder(adminConnectionString);

    public static Task<PostgresCluster> GetAsync() => Shared.Value;

    public string AdminConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder(_admin.ConnectionString) { Database = database, Pooling = false }.ConnectionString;

    public string OwnerConnectionString(string database) => RoleConnectionString(database, OwnerRole);

    public string AppConnectionString(string database) => RoleConnectionString(database, AppRole);

    /// <summary>Creates an empty database owned by the owner role, or a copy of <paramref name="template"/>.</summary>
    public async Task CreateDatabaseAsync(string name, string? template = null)
    {
        // Copies of one template must not run at the same moment, and nobody may be connected to it.
        await _createDatabase.WaitAsync();
        try
        {
            var from = template is null ? string.Empty : $" TEMPLATE \"{template}\"";
            await ExecuteAsync(AdminConnectionString(), $"CREATE DATABASE \"{name}\" OWNER {OwnerRole}{from}");
            await ExecuteAsync(AdminConnectionString(name), $"GRANT CONNECT ON DATABASE \"{name}\" TO {AppRole}");
            // Database privileges are not copied from a template: no temporary tables for the app (Data/Sql/05_privileges.sql).
            await ExecuteAsync(AdminConnectionString(name), $"REVOKE TEMPORARY ON DATABASE \"{name}\" FROM PUBLIC, {AppRole}");
        }
        finally
        {
            _createDatabase.Release();
        }
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private string RoleConnectionString(string database, string role) =>
        new NpgsqlConnectionStringBuilder(_admin.ConnectionString)
        {
            Database = database,
            Username = role,
            Password = Password,
            // Every test class has its own database, hence its own pools (the app's, the visitor's, the click writers'),
            // and few of them are disposed: idle connections closed after 10 s, not Npgsql's 5 minutes, keep the
            // hundreds of classes of one run under the cluster's max_connections.
            ConnectionIdleLifetime = 10,
            ConnectionPruningInterval = 2,
        }.ConnectionString;

    private static async Task<PostgresCluster> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("UTMSTUDIO_TEST_ADMIN_CONNECTION");
        var cluster = new PostgresCluster(configured is { Length: > 0 } ? configured : await PrivateCluster.StartAsync(FreePort()));
        await cluster.EnsureRolesAsync();
        return cluster;
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var (role, options) in new[] { (OwnerRole, "LOGIN BYPASSRLS"), (AppRole, "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS") })
        {
            await ExecuteAsync(AdminConnectionString(), $"""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
                        CREATE ROLE {role} {options} PASSWORD '{Password}';
                    END IF;
                    ALTER ROLE {role} {options};
                END $$;
                """);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
