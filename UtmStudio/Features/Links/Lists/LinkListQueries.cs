using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Features.Shared;
using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Links.Lists;

/// <summary>The filters of a link list, applied in SQL (exact values ignoring case, on the domain's rows only).
/// A value filter is an ILIKE without wildcards (its % and _ escaped): case-insensitive equality as PostgreSQL
/// folds case, the same way for every field.</summary>
internal static class LinkListQueries
{
    public static IQueryable<Link> Filtered(AppDbContext db, Guid domainId, LinkListFilter filter)
    {
        var links = db.Links.AsNoTracking().Where(l => l.DomainId == domainId);
        if (filter.Search is { } search)
        {
            var pattern = LikePatterns.Containing(search);
            // The URL holds the values percent-encoded ("hero%20banner"), so the values are searched as typed too.
            links = links.Where(l => EF.Functions.ILike(l.FullUrl, pattern, LikePatterns.Escape)
                || (l.Label != null && EF.Functions.ILike(l.Label, pattern, LikePatterns.Escape))
                || EF.Functions.ILike(l.UtmSource, pattern, LikePatterns.Escape) || EF.Functions.ILike(l.UtmMedium, pattern, LikePatterns.Escape)
                || EF.Functions.ILike(l.UtmCampaign, pattern, LikePatterns.Escape)
                || (l.UtmContent != null && EF.Functions.ILike(l.UtmContent, pattern, LikePatterns.Escape))
                || (l.UtmTerm != null && EF.Functions.ILike(l.UtmTerm, pattern, LikePatterns.Escape)));
        }

        if (filter.Source is { } source)
        {
            var exact = LikePatterns.Exact(source);
            links = links.Where(l => EF.Functions.ILike(l.UtmSource, exact, LikePatterns.Escape));
        }

        if (filter.Medium is { } medium)
        {
            var exact = LikePatterns.Exact(medium);
            links = links.Where(l => EF.Functions.ILike(l.UtmMedium, exact, LikePatterns.Escape));
        }

        if (filter.Content is { } content)
        {
            var exact = LikePatterns.Exact(content);
            links = links.Where(l => l.UtmContent != null && EF.Functions.ILike(l.UtmContent, exact, LikePatterns.Escape));
        }

        if (filter.Term is { } term)
        {
            var exact = LikePatterns.Exact(term);
            links = links.Where(l => l.UtmTerm != null && EF.Functions.ILike(l.UtmTerm, exact, LikePatterns.Escape));
        }

        if (filter.Campaign is { } campaign)
        {
            links = links.Where(l => l.CampaignId == campaign);
        }

        if (filter.Channel is { } channel)
        {
            var stored = Ga4ChannelStorage.Write(channel);
            links = links.Where(l => l.Ga4Channel == stored);
        }

        if (filter.Creator is { } creator)
        {
            links = links.Where(l => l.CreatedBy == creator);
        }

        if (filter.Tag is { } tag)
        {
            // Tags are stored trimmed and lower case (LinkLabels.CleanTags), so the filter is read the same way.
            var lower = tag.Trim().ToLowerInvariant();
            links = links.Where(l => l.Tags.Contains(lower));
        }

        // Days are UTC days, as in the audit log's filter.
        if (filter.From is { } from)
        {
            var start = StartOf(from);
            links = links.Where(l => l.CreatedAt >= start);
        }

        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            var end = StartOf(to.AddDays(1));
            links = links.Where(l => l.CreatedAt < end);
        }

        return links;
    }

    public static IOrderedQueryable<Link> NewestFirst(IQueryable<Link> links) => links.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id);

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
