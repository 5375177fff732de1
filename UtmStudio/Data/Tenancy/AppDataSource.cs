using Npgsql;
using UtmStudio.Identity;

namespace UtmStudio.Data.Tenancy;

/// <summary>
/// The one pool of connections to PostgreSQL as the app role. EF Core uses it, and so does code that needs
/// a raw connection (binary COPY for clicks): <see cref="OpenAsync"/> applies the caller's scope first, so no
/// connection of the app is ever unscoped.
/// </summary>
public sealed class AppDataSource(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    public static AppDataSource Create(string connectionString) => new(NpgsqlDataSource.Create(connectionString));

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

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
