namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// Which column of the file holds which field (by column index; a field without a column is blank in every
/// row). <see cref="Guess"/> reads it from the header; the page lets the person change it before the preview.
/// </summary>
public sealed record BulkColumnMapping(IReadOnlyDictionary<BulkColumn, int> Columns)
{
    public static BulkColumnMapping None { get; } = new(new Dictionary<BulkColumn, int>());

    public int? ColumnOf(BulkColumn field) => Columns.TryGetValue(field, out var index) ? index : null;

    public BulkColumnMapping With(BulkColumn field, int? column)
    {
        var columns = Columns.Where(c => c.Key != field && c.Value != column).ToDictionary();
        if (column is { } index)
        {
            columns[field] = index;
        }

        return new BulkColumnMapping(columns);
    }

    /// <summary>
    /// Each field takes the first column whose name is one of its aliases ("UTM Source", "utm-source" and
    /// "utm_source" are one name), trying the best alias across all columns first; a column serves one field.
    /// </summary>
    public static BulkColumnMapping Guess(IReadOnlyList<string> header)
    {
        var names = header.Select(Normalise).ToList();
        var columns = new Dictionary<BulkColumn, int>();
        foreach (var field in Enum.GetValues<BulkColumn>())
        {
            foreach (var alias in BulkColumnText.Aliases(field))
            {
                var index = names.FindIndex(n => n == alias);
                if (index >= 0 && !columns.ContainsValue(index))
                {
                    columns[field] = index;
                    break;
                }
            }
        }

        return new BulkColumnMapping(columns);
    }

    /// <summary>"  UTM Source " and "utm-source" both read as "utm_source".</summary>
    public static string Normalise(string name) =>
        string.Join('_', name.Trim().Trim('"').ToLowerInvariant().Split([' ', '-', '_', '.'], StringSplitOptions.RemoveEmptyEntries));

    public IReadOnlyList<BulkInputRow> Apply(CsvTable table) =>
        [.. table.Rows.Select(r => new BulkInputRow(
            r.RowNumber, Cell(r, BulkColumn.LandingUrl), Cell(r, BulkColumn.Source), Cell(r, BulkColumn.Medium), Cell(r, BulkColumn.Content),
            Cell(r, BulkColumn.Term), Cell(r, BulkColumn.SourcePlatform), Cell(r, BulkColumn.CreativeFormat), Cell(r, BulkColumn.MarketingTactic),
            Cell(r, BulkColumn.Label), Cell(r, BulkColumn.Tags), Cell(r, BulkColumn.Campaign)))];

    private string? Cell(CsvTableRow row, BulkColumn field) => ColumnOf(field) is { } index ? row.Cell(index) : null;
}
