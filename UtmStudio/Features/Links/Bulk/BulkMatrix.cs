using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// The matrix builder's input: one landing page of one campaign, crossed with several sources, mediums and
/// (optionally) contents — a link for every combination. Blank and repeated values are dropped; the
/// conventions may still make two combinations one link ("Google" and "google"), which the preview shows.
/// </summary>
public sealed record BulkMatrix(
    Guid CampaignId,
    string? LandingUrl,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Mediums,
    IReadOnlyList<string> Contents,
    string? Term = null)
{
    /// <summary>More than this is a CSV import's job (and a table nobody reads before creating).</summary>
    public const int MaxLinks = 500;

    /// <summary>Sources × mediums × contents (no content counts as one).</summary>
    public int Count => Clean(Sources).Count * Clean(Mediums).Count * Math.Max(1, Clean(Contents).Count);

    /// <summary>The combinations, numbered from 1 in the order source, then medium, then content.</summary>
    public IReadOnlyList<BulkInputRow> Expand()
    {
        if (Count > MaxLinks)
        {
            throw new ValidationProblem($"That is {Count} links; the matrix makes up to {MaxLinks} at a time. " +
                "Remove a few values, or import a CSV file for more.");
        }

        var contents = Clean(Contents) is { Count: > 0 } some ? some.Select(c => (string?)c).ToList() : [null];
        var rows = new List<BulkInputRow>();
        foreach (var source in Clean(Sources))
        {
            foreach (var medium in Clean(Mediums))
            {
                foreach (var content in contents)
                {
                    rows.Add(new BulkInputRow(rows.Count + 1, LandingUrl, source, medium, content, Term));
                }
            }
        }

        return rows;
    }

    private static List<string> Clean(IReadOnlyList<string>? values) =>
        [.. (values ?? []).Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];
}
