using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace UtmStudio.Data.Tenancy;

/// <summary>Applies the context's <see cref="AppDbContext.Scope"/> on every connection it opens.</summary>
public sealed class TenantSessionInterceptor : DbConnectionInterceptor
{
    public static readonly TenantSessionInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SessionScope.Apply(connection, ScopeOf(eventData));

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        SessionScope.ApplyAsync(connection, ScopeOf(eventData), cancellationToken);

    private static DbScope ScopeOf(ConnectionEndEventData eventData) => (eventData.Context as AppDbContext)?.Scope ?? DbScope.Nobody;
}
