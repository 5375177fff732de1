namespace UtmStudio.Features.Links.Bulk;

/// <summary>Every row before anything is created: what would be created, skipped as a duplicate, or rejected and why.</summary>
public sealed record BulkPreview(IReadOnlyList<BulkRow> Rows)
{
    public int Ready { get; } = Rows.Count(r => r.Status == BulkRowStatus.Ready);

    public int Duplicates { get; } = Rows.Count(r => r.Status == BulkRowStatus.Duplicate);

    public int Rejected { get; } = Rows.Count(r => r.Status == BulkRowStatus.Rejected);

    /// <summary>The URLs of the rows that would be created: the ones to look for in the domain.</summary>
    public static IReadOnlyList<string> ReadyUrls(IEnumerable<BulkRow> built) =>
        [.. built.Where(r => r.Status == BulkRowStatus.Ready).Select(r => r.FullUrl!)];

    /// <summary>The built rows, the ready ones whose URL the domain has already marked as duplicates
    /// (<paramref name="existing"/> maps those URLs to their campaign's name).</summary>
    public static BulkPreview Of(IEnumerable<BulkRow> built, IReadOnlyDictionary<string, string> existing) =>
        new([.. built.Select(r => MarkExisting(r, existing))]);

    public static BulkRow MarkExisting(BulkRow row, IReadOnlyDictionary<string, string> existing) =>
        row.Status == BulkRowStatus.Ready && existing.TryGetValue(row.FullUrl!, out var campaign)
            ? row.AsDuplicate($"This exact link exists already, in the campaign {campaign}.")
            : row;
}
