using Microsoft.EntityFrameworkCore;

namespace UtmStudio.Data.Tenancy;

/// <summary>Opens a context that row-level security lets see what the given user may see.</summary>
public static class ScopedDbContextFactory
{
    public static async Task<AppDbContext> ForUserAsync(
        this IDbContextFactory<AppDbContext> factory, Guid userId, CancellationToken cancellationToken)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Scope = DbScope.ForUser(userId);
        return db;
    }

    public static async Task<AppDbContext> ForSystemAsync(
        this IDbContextFactory<AppDbContext> factory, CancellationToken cancellationToken)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Scope = DbScope.System;
        return db;
    }
}
