using UtmStudio.Features.Audit;
using UtmStudio.Identity;

namespace UtmStudio.Tests.Infrastructure.Services;

public static class AuditShorthand
{
    /// <summary>The newest page of the whole log (tests of other features record a handful of entries).</summary>
    public static async Task<IReadOnlyList<AuditRow>> ListAsync(this AuditService audit, Caller caller, string domainName, CancellationToken cancellationToken) =>
        (await audit.ListAsync(caller, domainName, AuditFilter.None, older: null, cancellationToken)).Entries;

    /// <summary>Every entry matching the filter, page after page, as "Load older" reads them.</summary>
    public static async Task<List<AuditListing>> AllPagesAsync(this AuditService audit, Caller caller, string domainName, AuditFilter filter)
    {
        var pages = new List<AuditListing>();
        string? older = null;
        do
        {
            var page = await audit.ListAsync(caller, domainName, filter, older, CancellationToken.None);
            pages.Add(page);
            older = page.Older;
        }
        while (older is not null && pages.Count < 1000);

        return pages;
    }
}
