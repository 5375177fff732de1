using System.Globalization;
using System.Text;
using CsvHelper;
using UtmStudio.Features.Links.Lists;

namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// The rows an import did not create, as a CSV to download: the row number of the file, what happened, why, and
/// the row's values — to fix in the spreadsheet and import again. UTF-8 with a byte order mark, for Excel.
/// </summary>
public static class BulkProblemsCsv
{
    private static readonly string[] Header =
        ["row", "outcome", "reason", "landing_url", "utm_source", "utm_medium", "utm_content", "utm_term", "campaign", "full_url"];

    public static byte[] Write(IEnumerable<BulkRow> rows)
    {
        using var output = new MemoryStream();
        using (var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var name in Header)
            {
                csv.WriteField(name);
            }

            csv.NextRecord();
            foreach (var row in rows.OrderBy(r => r.RowNumber))
            {
                var i = row.Input;
                string?[] fields =
                [
                    row.RowNumber.ToString(CultureInfo.InvariantCulture), row.Status == BulkRowStatus.Duplicate ? "skipped as duplicate" : "rejected",
                    row.Reason, i.LandingUrl, i.Source, i.Medium, i.Content, i.Term, row.Campaign?.Name ?? i.Campaign, row.FullUrl,
                ];
                foreach (var field in fields)
                {
                    csv.WriteField(LinkCsv.SpreadsheetSafe(field));
                }

                csv.NextRecord();
            }
        }

        return output.ToArray();
    }
}
