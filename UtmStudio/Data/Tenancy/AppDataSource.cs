using Npgsql;
using UtmStudio.Identity;

namespace UtmStudio.Data.Tenancy;

/// <summary>
/// The one pool of connections to PostgreSQL as the app role. EF Core uses it, and so does code that needs
/// a raw connection (binary COPY for clicks): <see cref="OpenAsync(DbScope, CancellationToken)"/> applies the caller's scope first, so no
/// connection of the app is ever unscoped.
/// </summary>
public sealed class AppDataSource(NpgsqlDataSource dataSource, NpgsqlDataSource visitors) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    public static AppDataSource Create(string connectionString)
    {
        // The short-link visitor's own pool: its connections never carry anyone's scope (nothing sets one on them),
        // so a redirect's lookup is one round trip, and its one statement is prepared once per connection.
        var visitors = new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = "utmstudio-redirect",
            // Two connections, every cache miss pipelined on them (multiplexing): a lookup is one short statement,
            // and each extra server process competes for the cores. Against the 20 pooled connections of before,
            // with the database on the app's 2-core machine: PostgreSQL's CPU per lookup 344–657 µs -> 171–197 µs,
            // the 80/20 redirect mix 0.26–0.42× -> 0.45–0.48× of plaintext (docs/benchmarks.md, issue 9). With the
            // database elsewhere, pipelining keeps the network's round trip from capping lookups per second.
            Multiplexing = true,
            MaxPoolSize = 2,
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
