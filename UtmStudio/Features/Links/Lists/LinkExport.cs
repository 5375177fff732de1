using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;

namespace UtmStudio.Features.Links.Lists;

/// <summary>An export whose access is checked: writing it streams the rows as CSV; disposing it closes the connection.</summary>
public sealed class LinkExport(AppDbContext db, IQueryable<LinkQueries.LinkRow> rows, string domainName) : IAsyncDisposable
{
    public string DomainName { get; } = domainName;

    public Task WriteAsync(TextWriter output, CancellationToken cancellationToken) => LinkCsv.WriteAsync(rows.AsAsyncEnumerable(), output, cancellationToken);

    public ValueTask DisposeAsync() => db.DisposeAsync();
}
