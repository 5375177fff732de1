using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using UtmStudio.Data;
using UtmStudio.Tests.Infrastructure.Postgres;

namespace UtmStudio.Tests.Infrastructure.Database;

/// <summary>One database migrated once per test run; every test class gets a fast copy of it.</summary>
internal static class MigratedTemplate
{
    public const string Name = "utmstudio_template";
    private static readonly Lazy<Task> Created = new(CreateAsync);

    public static Task EnsureAsync() => Created.Value;

    private static async Task CreateAsync()
    {
        var cluster = await PostgresCluster.GetAsync();
        await PostgresCluster.ExecuteAsync(cluster.AdminConnectionString(), $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        await cluster.CreateDatabaseAsync(Name);

        var owner = new NpgsqlConnectionStringBuilder(cluster.OwnerConnectionString(Name)) { Pooling = false }.ConnectionString;
        await DatabaseMigrator.MigrateAsync(owner, NullLogger.Instance, CancellationToken.None);

        // A template may have no open connections while it is copied.
        NpgsqlConnection.ClearAllPools();
    }
}
