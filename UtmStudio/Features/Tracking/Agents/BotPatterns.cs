using System.Text.RegularExpressions;

namespace UtmStudio.Features.Tracking.Agents;

/// <summary>
/// Crawler and bot user agents: isbot's pattern list plus UtmStudio's additions (Data/bot-patterns.txt, embedded;
/// source, commit and date in Data/README.md), compiled on first use into one case-insensitive regular expression.
/// </summary>
public static class BotPatterns
{
    public const string ResourceName = "UtmStudio.BotPatterns.txt";

    /// <summary>
    /// Only this many characters of a user agent are matched. Real browsers send 100–350; a longer header is either
    /// a bot or junk, and cutting it keeps the time spent on one request bounded whatever a client sends (Kestrel
    /// accepts headers of up to 32 KB). Patterns anchored with <c>$</c> then see the cut as the end.
    /// </summary>
    public const int MaxLength = 512;

    /// <summary>
    /// A match that takes longer than this counts as a bot (see <see cref="IsBot"/>). Matching 512 characters takes
    /// microseconds, so only a pathological header or a stalled machine reaches it.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    private static readonly Lazy<IReadOnlyList<string>> LoadedPatterns = new(Load);

    private static readonly Lazy<Regex> Combined = new(() => Build(LoadedPatterns.Value));

    /// <summary>The patterns in file order (comments and blank lines dropped), as embedded in the app.</summary>
    public static IReadOnlyList<string> Patterns => LoadedPatterns.Value;

    /// <summary>
    /// Whether the user agent is a crawler, link-preview fetcher, HTTP library or headless browser. A missing or
    /// blank user agent is a bot too: every browser sends one, so a request without it comes from a script.
    /// </summary>
    public static bool IsBot(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) || IsBot(userAgent.AsSpan());

    /// <summary>The span form of <see cref="IsBot(string?)"/> (no allocation); an empty span is a bot.</summary>
    public static bool IsBot(ReadOnlySpan<char> userAgent)
    {
        if (userAgent.IsWhiteSpace())
        {
            return true;
        }

        if (userAgent.Length > MaxLength)
        {
            userAgent = userAgent[..MaxLength];
        }

        try
        {
            return Combined.Value.IsMatch(userAgent);
        }
        catch (RegexMatchTimeoutException)
        {
            // Only a header built to make the expression backtrack gets here; no browser sends one.
            return true;
        }
    }

    /// <summary>
    /// Lines of the pattern file, one regular expression each, taken verbatim (a leading space is part of the
    /// pattern: isbot has " daum[ /]"); blank lines and lines starting with '#' are skipped. Each pattern must
    /// compile on its own, so a bad line is reported by its number instead of breaking the combined expression.
    /// </summary>
    internal static IReadOnlyList<string> Parse(TextReader reader)
    {
        var patterns = new List<string>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            try
            {
                _ = new Regex(line, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"Line {number} of the bot pattern list is not a regular expression: \"{line}\" ({ex.Message})", ex);
            }

            patterns.Add(line);
        }

        return patterns;
    }

    /// <summary>All patterns as one alternation, matched anywhere in the user agent without regard to case.</summary>
    internal static Regex Build(IReadOnlyList<string> patterns) =>
        new(
            string.Join('|', patterns.Select(pattern => $"(?:{pattern})")),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
            MatchTimeout);

    private static IReadOnlyList<string> Load()
    {
        using var stream = typeof(BotPatterns).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded bot pattern list is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
