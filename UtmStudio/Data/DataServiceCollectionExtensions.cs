namespace UtmStudio.Data;

public static class DataServiceCollectionExtensions
{
    public static WebApplicationBuilder AddAppDatabase(this WebApplicationBuilder builder)
    {
        var dataSource = Tenancy.AppDataSource.Create(DatabaseOptions.AppConnection(builder.Configuration));
        builder.Services.AddSingleton(dataSource);
        builder.Services.AddDbContextFactory<AppDbContext>(options => DbContextOptionsFactory.Configure(options, dataSource.DataSource));
        builder.Services.AddSingleton<DatabaseMigrator>();
        return builder;
    }

    /// <summary>Needs only ConnectionStrings:Owner: the schema can be migrated before the app is configured.</summary>
    public static async Task RunMigrateCommandAsync(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DatabaseMigrator>();
        await using var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    /// <summary>Development applies migrations at start; elsewhere run `UtmStudio migrate` explicitly.</summary>
    public static async Task MigrateDatabaseInDevelopmentAsync(this WebApplication app)
    {
        if (app.Environment.IsDevelopment() && DatabaseOptions.OwnerConnection(app.Configuration) is not null)
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
        }
    }
}
