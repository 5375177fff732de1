using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace UtmStudio.Features.Tracking.Agents;

/// <summary>
/// Crawler and bot user agents: isbot's pattern list plus UtmStudio's additions (Data/bot-patterns.txt, embedded;
/// source, commit and date in Data/README.md), read and compiled once, on first use. A user agent is a bot when
/// any pattern matches anywhere in it, ignoring case.
/// </summary>
/// <remarks>
/// The patterns are not run as one big alternation: .NET's backtracking engine then tries all ~210 branches at every
/// position, 50–200 µs for an ordinary browser agent, on every redirect. They are split by shape instead
/// (<see cref="BotPatternShape"/>), with exactly the same answers (the tests compare it with <see cref="Build"/>,
/// the plain alternation):
/// <list type="number">
/// <item>patterns anchored at the start ("^python") form one expression that is only tried at position 0;</item>
/// <item>patterns that must contain a literal of 3+ characters ("crawl", "bot" in "(?&lt;! cu)bots?") are looked
/// for in one vectorised pass over all their literals (<see cref="SearchValues{T}"/>); a browser agent usually
/// contains none, and otherwise only the patterns whose literal occurs are run, one by one;</item>
/// <item>the few left (";\s\w+;$", "\|") form a small expression that always runs.</item>
/// </list>
/// Every expression ignores case (invariantly) and has <see cref="MatchTimeout"/>; the two combined ones are
/// Compiled, the one-by-one ones interpreted (they rarely run, and compiling 130 would slow start-up).
/// </remarks>
public static class BotPatterns
{
    public const string ResourceName = "UtmStudio.BotPatterns.txt";

    /// <summary>
    /// Only this many characters of a user agent are matched. Real browsers send 100–350; a longer header is junk or a
    /// bot, and cutting it keeps the time spent on one request bounded whatever a client sends (Kestrel accepts
    /// headers of up to 32 KB). Patterns anchored with <c>$</c> then see the cut as the end.
    /// </summary>
    public const int MaxLength = 512;

    /// <summary>
    /// A match that takes longer than this counts as a bot (see <see cref="IsBot(ReadOnlySpan{char})"/>). Matching
    /// 512 characters takes microseconds; only a header built to make an expression backtrack, or a stalled machine,
    /// gets near it.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly Lazy<IReadOnlyList<string>> LoadedPatterns = new(Load);

    private static readonly Lazy<Matcher> CompiledMatcher = new(() => new Matcher(LoadedPatterns.Value));

    /// <summary>The patterns in file order (comments and blank lines dropped), as embedded in the app.</summary>
    public static IReadOnlyList<string> Patterns => LoadedPatterns.Value;

    /// <summary>
    /// Reads and compiles the list now (100–500 ms) instead of on the first click. Optional: call it
    /// at start-up so the first redirect does not wait.
    /// </summary>
    public static void Warm() => _ = CompiledMatcher.Value;

    /// <summary>
    /// Whether the user agent is a crawler, link-preview fetcher, HTTP library or headless browser. A missing or
    /// blank user agent is a bot too: every browser sends one, so a request without it comes from a script.
    /// </summary>
    public static bool IsBot(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) || IsBot(userAgent.AsSpan());

    /// <summary>The span form of <see cref="IsBot(string?)"/> (allocates nothing); an empty span is a bot.</summary>
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
            return CompiledMatcher.Value.IsMatch(userAgent);
        }
        catch (RegexMatchTimeoutException)
        {
            // No browser sends a header that makes these expressions backtrack for 100 ms.
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

    /// <summary>
    /// The patterns as one alternation, each in its own group (so a pattern's own '|' stays inside it): the plain
    /// definition of "any pattern matches", which the split matcher must agree with.
    /// </summary>
    internal static Regex Build(IEnumerable<string> patterns, TimeSpan? timeout = null) =>
        new(string.Join('|', patterns.Select(pattern => $"(?:{pattern})")), Options, timeout ?? MatchTimeout);

    /// <summary>The split form used on the request path (see the remarks on <see cref="BotPatterns"/>).</summary>
    internal static bool IsMatch(IReadOnlyList<string> patterns, string userAgent) =>
        new Matcher(patterns).IsMatch(userAgent);

    private static IReadOnlyList<string> Load()
    {
        using var stream = typeof(BotPatterns).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded bot pattern list is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    private sealed class Matcher
    {
        private readonly Regex? anchored;
        private readonly Regex? always;
        private readonly Gated[] gated;
        private readonly SearchValues<string> literals;

        public Matcher(IReadOnlyList<string> patterns)
        {
            var shapes = patterns.Select(pattern => (Pattern: pattern, Shape: BotPatternShape.Of(pattern))).ToList();
            var anchoredPatterns = shapes.Where(p => p.Shape.Anchored).Select(p => p.Pattern).ToList();
            var alwaysPatterns = shapes.Where(p => !p.Shape.Anchored && p.Shape.Literal is null).Select(p => p.Pattern).ToList();

            // Each of these starts with a top-level '^'; one '^' in front of them all does the same and lets the
            // engine try position 0 only.
            anchored = anchoredPatterns.Count == 0
                ? null
                : new Regex($"^(?:{string.Join('|', anchoredPatterns.Select(pattern => $"(?:{pattern[1..]})"))})", Options, MatchTimeout);
            always = alwaysPatterns.Count == 0 ? null : Build(alwaysPatterns);

            // Run one by one and only after their literal was found, so interpreted: compiling some 130 expressions
            // would add a second to start-up for code that rarely runs.
            gated = shapes
                .Where(p => !p.Shape.Anchored && p.Shape.Literal is not null)
                .Select(p => new Gated(p.Shape.Literal!, p.Pattern == p.Shape.Literal, new Regex(p.Pattern, Options & ~RegexOptions.Compiled, MatchTimeout)))
                .ToArray();
            literals = SearchValues.Create(gated.Select(g => g.Literal).Distinct().ToArray(), StringComparison.OrdinalIgnoreCase);

            // A compiled expression is turned into machine code on its first match, and that time counts against the
            // match timeout: do it here, not on a visitor's click.
            foreach (var regex in new[] { anchored, always })
            {
                try
                {
                    _ = regex?.IsMatch("Mozilla/5.0 (warm-up)");
                }
                catch (RegexMatchTimeoutException)
                {
                    // Compiled now either way.
                }
            }
        }

        public bool IsMatch(ReadOnlySpan<char> userAgent)
        {
            if (anchored?.IsMatch(userAgent) == true || always?.IsMatch(userAgent) == true)
            {
                return true;
            }

            // The literals are ASCII and compared ignoring ASCII case. The expressions' IgnoreCase also folds a few
            // non-ASCII letters ("\u212A", the Kelvin sign, is "k"), so an agent with a non-ASCII character runs every
            // expression instead.
            if (!Ascii.IsValid(userAgent))
            {
                foreach (var pattern in gated)
                {
                    if (pattern.Regex.IsMatch(userAgent))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (userAgent.IndexOfAny(literals) < 0)
            {
                return false;
            }

            foreach (var pattern in gated)
            {
                if (userAgent.Contains(pattern.Literal, StringComparison.OrdinalIgnoreCase)
                    && (pattern.IsPlainText || pattern.Regex.IsMatch(userAgent)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A pattern every match of which contains <see cref="Literal"/>; plain text when it is nothing else.</summary>
        private sealed record Gated(string Literal, bool IsPlainText, Regex Regex);
    }
}
