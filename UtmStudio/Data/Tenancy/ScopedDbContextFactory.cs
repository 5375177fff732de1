using Microsoft.EntityFrameworkCore;
using UtmStudio.Identity;

namespace UtmStudio.Data.Tenancy;

/// <summary>Opens a context that row-level security lets see what the caller may see.</summary>
public static class ScopedDbContextFactory
{
    public static Task<AppDbContext> ForAsync(
        this IDbContextFactory<AppDbContext> factory, Caller caller, CancellationToken cancellationToken) =>
        factory.WithScopeAsync(DbScope.For(caller), cancellationToken);

    /// <summary>Every domain: for jobs, and for services that checked their caller (an operator, or a
    /// verification result recorded after the membership check).</summary>
    public static Task<AppDbContext> ForSystemAsync(
        this IDbContextFactory<AppDbContext> factory, CancellationToken cancellationToken) =>
        factory.WithScopeAsync(DbScope.System, cancellationToken);

    public static async Task<AppDbContext> WithScopeAsync(
        this IDbContextFactory<AppDbContext> factory, DbScope scope, CancellationToken cancellationToken)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Scope = scope;
        return db;
    }
}
