using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Features.Links.Conventions.Settings;

/// <summary>Reads a domain's links one row at a time and judges each against conventions.</summary>
internal static class BreakingLinkScan
{
    public static async Task<BreakingLinksReport> RunAsync(
        AppDbContext db, Guid domainId, LinkConventions conventions, int limit, CancellationToken cancellationToken)
    {
        var listed = new List<BreakingLink>();
        int checkedLinks = 0, total = 0;
        if (conventions.IsNone)
        {
            // No conventions: nothing can break them, and no link needs reading.
            return new BreakingLinksReport(await db.Links.CountAsync(l => l.DomainId == domainId, cancellationToken), 0, listed);
        }

        // Only the columns the judgement needs; AsAsyncEnumerable streams the rows instead of buffering them all.
        var rows = db.Links.AsNoTracking().Where(l => l.DomainId == domainId)
            .OrderByDescending(l => l.CreatedAt).ThenBy(l => l.Id)
            .Select(l => new
            {
                l.Id, l.FullUrl, l.Label, CampaignName = l.Campaign!.Name,
                Values = new UtmValues(l.UtmSource, l.UtmMedium, l.UtmCampaign, l.UtmContent, l.UtmTerm, l.UtmId,
                    l.UtmSourcePlatform, l.UtmCreativeFormat, l.UtmMarketingTactic),
            })
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            checkedLinks++;
            var reasons = ConventionBreaks.Of(row.Values, conventions);
            if (reasons.Count == 0)
            {
                continue;
            }

            total++;
            if (listed.Count < limit)
            {
                listed.Add(new BreakingLink(row.Id, row.FullUrl, row.Label, row.CampaignName, row.Values.Source, row.Values.Medium, reasons));
            }
        }

        return new BreakingLinksReport(checkedLinks, total, listed);
    }
}
