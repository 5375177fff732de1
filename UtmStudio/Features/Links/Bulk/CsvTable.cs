namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// A CSV file as read: its header (the first row; a blank name reads as "Column 3") and its other rows, each with
/// its spreadsheet row number (the header is row 1) and its cells (a short row simply has fewer).
/// </summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvTableRow> Rows, char Delimiter);

public sealed record CsvTableRow(int RowNumber, IReadOnlyList<string> Cells)
{
    public string? Cell(int column) => column >= 0 && column < Cells.Count ? Cells[column] : null;
}
