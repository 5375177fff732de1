using Microsoft.EntityFrameworkCore;

namespace UtmStudio.Data;

/// <summary>
/// Applies EF migrations, then the database security scripts (<see cref="DatabaseSecurity"/>), as the owner
/// role (the runtime role may not change the schema).
/// </summary>
public sealed class DatabaseMigrator(IConfiguration configuration, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var connection = DatabaseOptions.OwnerConnection(configuration)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{DatabaseOptions.OwnerConnectionName} is needed to apply migrations.");
        await MigrateAsync(connection, logger, cancellationToken);
    }

    /// <summary>The one way a database is brought up to date: by the app, the migrate command and the tests.</summary>
    public static async Task MigrateAsync(string ownerConnectionString, ILogger logger, CancellationToken cancellationToken)
    {
        await using var db = new AppDbContext(DbContextOptionsFactory.Create(ownerConnectionString));
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            logger.LogInformation("Database schema is up to date");
        }
        else
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        await DatabaseSecurity.ApplyAsync(db, cancellationToken);
        logger.LogInformation("Database security applied ({Count} scripts)", DatabaseSecurity.Scripts.Count);
    }
}
