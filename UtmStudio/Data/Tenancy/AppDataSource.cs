using Npgsql;
using UtmStudio.Identity;

namespace UtmStudio.Data.Tenancy;

/// <summary>
/// The one pool of connections to PostgreSQL as the app role. EF Core uses it, and so does code that needs
/// a raw connection (binary COPY for clicks): <see cref="OpenAsync"/> applies the caller's scope first, so no
/// connection of the app is ever unscoped.
/// </summary>
public sealed class AppDataSource(NpgsqlDataSource dataSource, NpgsqlDataSource visitors) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    public static AppDataSource Create(string connectionString)
    {
        // The short-link visitor's own small pool: its connections never carry anyone's scope (nothing sets one on
        // them), so a redirect's lookup is one round trip, and its one statement is prepared once per connection.
        var visitors = new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = "utmstudio-redirect",
            MaxPoolSize = 20, // lookups are one short statement; more connections would only crowd the database
            MaxAutoPrepare = 4,
            AutoPrepareMinUsages = 2,
            NoResetOnClose = true, // nothing changes a visitor connection's state, so the reset before each reuse is work for nothing
        };
        return new(NpgsqlDataSource.Create(connectionString), NpgsqlDataSource.Create(visitors.ConnectionString));
    }

    /// <summary>A connection as the anonymous visitor (<see cref="DbScope.Nobody"/>): it sees no tenant row and
    /// reads short links through app_short_link only.</summary>
    public ValueTask<NpgsqlConnection> OpenVisitorAsync(CancellationToken cancellationToken) => visitors.OpenConnectionAsync(cancellationToken);

    public async Task<NpgsqlConnection> OpenAsync(DbScope scope, CancellationToken cancellationToken)
    {
        var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await SessionScope.ApplyAsync(connection, scope, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task<NpgsqlConnection> OpenAsync(Caller caller, CancellationToken cancellationToken) =>
        OpenAsync(DbScope.For(caller), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await visitors.DisposeAsync();
    }
}
