using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// Reads an uploaded CSV with CsvHelper: UTF-8 with or without a byte order mark (what Excel's "CSV UTF-8" and
/// Google Sheets write), or UTF-16 with one; separated by commas, semicolons (Excel in much of Europe) or tabs,
/// told apart by the header row. Limited in size and rows so a file cannot fill the server's memory.
/// </summary>
public static class BulkCsvReader
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public const int MaxRows = 20_000;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<CsvTable> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var bytes = await ReadLimitedAsync(stream, cancellationToken);
        var text = Decode(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Problem("The file is empty. Export your spreadsheet as CSV with a header row and one link per row.");
        }

        var delimiter = BulkCsvDelimiter.Detect(text);
        using var csv = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            HasHeaderRecord = true,
            BadDataFound = null, // a stray quote keeps the cell as typed; the row's checks then say what is wrong with it
            MissingFieldFound = null,
            IgnoreBlankLines = true,
        });
        csv.Read();
        csv.ReadHeader();
        var header = (csv.HeaderRecord ?? []).Select((name, i) => string.IsNullOrWhiteSpace(name) ? $"Column {i + 1}" : name.Trim()).ToList();
        var rows = new List<CsvTableRow>();
        while (csv.Read())
        {
            var cells = csv.Parser.Record ?? [];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue; // a row of empty cells (";;;;" from a spreadsheet's formatted but empty rows)
            }

            if (rows.Count == MaxRows)
            {
                throw Problem($"The file has more than {MaxRows:N0} rows. Split it into files of up to {MaxRows:N0} rows and import them one after the other.");
            }

            rows.Add(new CsvTableRow(csv.Parser.Row, cells));
        }

        return rows.Count == 0
            ? throw Problem("The file has a header row but no links under it.")
            : new CsvTable(header, rows, delimiter);
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw TooLarge();
            }
        }

        return buffer.ToArray();
    }

    private static string Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        try
        {
            return span switch
            {
                [0xEF, 0xBB, 0xBF, ..] => StrictUtf8.GetString(span[3..]),
                [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(span[2..]),
                [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(span[2..]),
                _ => StrictUtf8.GetString(span),
            };
        }
        catch (DecoderFallbackException)
        {
            throw Problem("The file is not UTF-8 text, so accents and other special characters would come out wrong. " +
                "In Excel, save it as \"CSV UTF-8 (comma delimited)\"; in Google Sheets, use File → Download → CSV.");
        }
    }

    /// <summary>The refusal of a file over <see cref="MaxBytes"/> (also for a page that knows the size before reading).</summary>
    public static ValidationProblem TooLarge() =>
        Problem($"The file is larger than {MaxBytes / 1024 / 1024} MB. Split it into smaller files (up to {MaxRows:N0} rows each) and import them one after the other.");

    private static ValidationProblem Problem(string message) => ValidationProblem.ForField("file", message);
}
