namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// What an import did: how many links it created, and every row it did not create — skipped as a duplicate (of
/// an earlier row, or of a link the domain has) or rejected — with the reason (<see cref="BulkProblemsCsv"/>).
/// </summary>
public sealed record BulkImportSummary(int Created, int Duplicates, int Rejected, IReadOnlyList<BulkRow> NotCreated)
{
    /// <summary>Every row in the order given, created ones too (status Ready): the API answers per item from it.</summary>
    public IReadOnlyList<BulkRow> Rows { get; init; } = [];

    public int Total => Created + Duplicates + Rejected;
}

/// <summary>How far an import is: rows handled so far (every batch written) out of all, and what they gave.</summary>
public sealed record ImportProgress(int Done, int Total, int Created, int Duplicates, int Rejected)
{
    public double Percent => Total == 0 ? 100 : 100.0 * Done / Total;
}
