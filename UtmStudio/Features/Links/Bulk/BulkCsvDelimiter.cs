namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// Which character separates the cells, read from the header row only: URLs in later rows may hold commas and
/// semicolons of their own, a header of column names does not. The most frequent of , ; and tab outside quotes
/// wins; a header with none (one column) reads as commas.
/// </summary>
public static class BulkCsvDelimiter
{
    private static readonly char[] Candidates = [',', ';', '\t'];

    public static char Detect(string text)
    {
        var counts = new int[Candidates.Length];
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && Array.IndexOf(Candidates, c) is var i and >= 0)
            {
                counts[i]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            best = counts[i] > counts[best] ? i : best;
        }

        return Candidates[best];
    }
}
