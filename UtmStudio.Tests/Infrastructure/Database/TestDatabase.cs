using Microsoft.EntityFrameworkCore;
using Npgsql;
using UtmStudio.Data;
using UtmStudio.Tests.Infrastructure.Postgres;

namespace UtmStudio.Tests.Infrastructure.Database;

/// <summary>
/// A migrated database of its own for one test class (xunit class fixture), so classes run in parallel
/// without sharing rows. Services get the application's login role, as in production.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public string Name { get; } = $"test_{Guid.NewGuid():N}"[..20];

    public string AppConnectionString { get; private set; } = string.Empty;

    public string OwnerConnectionString { get; private set; } = string.Empty;

    /// <summary>The factory the app's services use: connects as utmstudio_app.</summary>
    public IDbContextFactory<AppDbContext> AppFactory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await MigratedTemplate.EnsureAsync();
        var cluster = await PostgresCluster.GetAsync();
        await cluster.CreateDatabaseAsync(Name, MigratedTemplate.Name);
        AppConnectionString = cluster.AppConnectionString(Name);
        OwnerConnectionString = cluster.OwnerConnectionString(Name);
        AppFactory = new Factory(DbContextOptionsFactory.Create(AppConnectionString));
    }

    /// <summary>A context as the owner: for arranging data and reading it back past any row security.</summary>
    public AppDbContext CreateOwnerContext() => new(DbContextOptionsFactory.Create(OwnerConnectionString));

    public async Task<NpgsqlConnection> OpenAsync(bool asOwner = false)
    {
        var connection = new NpgsqlConnection(asOwner ? OwnerConnectionString : AppConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private sealed class Factory(DbContextOptions<AppDbContext> options) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => new(options);
    }
}

/// <summary>Arranging data the way the app does it.</summary>
public static class TestDatabaseArrange
{
    /// <summary>A user as their first sign-in creates them; returns users.id.</summary>
    public static async Task<Guid> CreateUserAsync(this TestDatabase database, string email, string? name = null)
    {
        var accounts = new UtmStudio.Features.Account.UserAccountService(
            database.AppFactory, Microsoft.Extensions.Logging.Abstractions.NullLogger<UtmStudio.Features.Account.UserAccountService>.Instance);
        var result = await accounts.SyncOnSignInAsync(new("https://test-issuer", "sub-" + email, email, name, EmailVerified: true), CancellationToken.None);
        return result is UtmStudio.Features.Account.SignInSyncResult.Accepted accepted
            ? accepted.UserId
            : throw new InvalidOperationException($"Could not create {email}: {result}");
    }
}
