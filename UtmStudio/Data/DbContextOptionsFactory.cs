using Microsoft.EntityFrameworkCore;
using Npgsql;
using UtmStudio.Data.Tenancy;

namespace UtmStudio.Data;

/// <summary>One place that says how AppDbContext talks to PostgreSQL, for the app, migrations and tests.</summary>
public static class DbContextOptionsFactory
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        Conventions(options.UseNpgsql(connectionString, Npgsql));

    /// <summary>The app: over the shared data source, the same pool raw connections come from.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        Conventions(options.UseNpgsql(dataSource, Npgsql));

    public static DbContextOptions<AppDbContext> Create(string connectionString) =>
        (DbContextOptions<AppDbContext>)Configure(new DbContextOptionsBuilder<AppDbContext>(), connectionString).Options;

    private static void Npgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__ef_migrations_history");

    private static DbContextOptionsBuilder Conventions(DbContextOptionsBuilder options) =>
        options.UseSnakeCaseNamingConvention().AddInterceptors(TenantSessionInterceptor.Instance);
}
