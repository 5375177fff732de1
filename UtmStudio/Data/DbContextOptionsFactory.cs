using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Tenancy;

namespace UtmStudio.Data;

/// <summary>One place that says how AppDbContext talks to PostgreSQL, for the app, migrations and tests.</summary>
public static class DbContextOptionsFactory
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(TenantSessionInterceptor.Instance);

    public static DbContextOptions<AppDbContext> Create(string connectionString) =>
        (DbContextOptions<AppDbContext>)Configure(new DbContextOptionsBuilder<AppDbContext>(), connectionString).Options;
}
