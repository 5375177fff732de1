using Microsoft.EntityFrameworkCore;

namespace UtmStudio.Data;

/// <summary>Applies EF migrations as the owner role (the runtime role may not change the schema).</summary>
public sealed class DatabaseMigrator(IConfiguration configuration, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var connection = DatabaseOptions.OwnerConnection(configuration)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{DatabaseOptions.OwnerConnectionName} is needed to apply migrations.");
        await using var db = new AppDbContext(DbContextOptionsFactory.Create(connection));
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            logger.LogInformation("Database schema is up to date");
            return;
        }

        logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
    }
}
