using System.Text.RegularExpressions;
using UtmStudio.Features.Tracking.Agents;

namespace UtmStudio.Tests.Unit.Tracking;

/// <summary>The embedded bot list (isbot's patterns plus UtmStudio's additions) and how it is read.</summary>
public sealed class BotPatternsTests
{
    [Fact]
    public void The_embedded_list_has_isbots_patterns_and_says_where_they_come_from()
    {
        using var stream = typeof(BotPatterns).Assembly.GetManifestResourceStream(BotPatterns.ResourceName);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine();

        Assert.StartsWith("# Bot and crawler user-agent patterns from isbot", header);
        Assert.Contains("retrieved 20", header);
        Assert.True(BotPatterns.Patterns.Count >= 209, $"Only {BotPatterns.Patterns.Count} patterns.");
        Assert.Contains(" daum[ /]", BotPatterns.Patterns);
        Assert.Contains("(?<! cu)bots?(?:\\b|_)", BotPatterns.Patterns);
    }

    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_leading_spaces_kept()
    {
        var patterns = BotPatterns.Parse(new StringReader("# header\n\n daum[ /]\r\n^curl/\n   \n# UtmStudio additions\nexample-fetcher\n"));

        Assert.Equal([" daum[ /]", "^curl/", "example-fetcher"], patterns);
    }

    [Fact]
    public void A_line_that_is_not_a_regular_expression_is_reported_with_its_number()
    {
        var error = Assert.Throws<InvalidDataException>(() => BotPatterns.Parse(new StringReader("# header\nbot\nbro(ken\n")));

        Assert.Contains("Line 3", error.Message);
    }

    [Fact]
    public void The_combined_expression_ignores_case_and_matches_anywhere()
    {
        var production = BotPatterns.Build(["^curl/", "spider"]);
        var regex = BotPatterns.Build(["^curl/", "spider"], Generous);

        Assert.Matches(regex, "CURL/8.0");
        Assert.Matches(regex, "Mozilla/5.0 (compatible; Baiduspider/2.0)");
        Assert.DoesNotMatch(regex, "Mozilla/5.0 curl/8.0");
        Assert.Equal(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, production.Options);
        Assert.Equal(BotPatterns.MatchTimeout, production.MatchTimeout);
    }

    [Fact]
    public void A_pattern_with_its_own_alternation_stays_one_alternative()
    {
        // Each pattern is wrapped in (?:…), so "^a|b" cannot leak its anchor into its neighbours.
        var regex = BotPatterns.Build(["^(?:x|y)z", "^w|v$"], Generous);

        Assert.Matches(regex, "yz");
        Assert.Matches(regex, "abcv");
        Assert.DoesNotMatch(regex, "ayz");
    }

    public static TheoryData<string, bool, string?> Shapes => new()
    {
        { "crawl", false, "crawl" },
        { "(?<! cu)bots?(?:\\b|_)", false, "bot" },
        { "(?:^|[^g])news(?!sapphire)", false, "news" },
        { "(?<! channel/|google/)google(?!(?:wv|app|/google| pixel))", false, "google" },
        { "\\b\\w+\\.ai", false, ".ai" },
        { "mail\\.ru/", false, "mail.ru/" },
        { "ask jeeves/teoma", false, "ask jeeves/teoma" },
        { "ptst[ /]\\d", false, "ptst" },
        { "java(?!;)", false, "java" },
        { "abcd{2}", false, "abc" },
        { "ab[cd]efg", false, "efg" },
        { "\\x41bcd", false, "bcd" },
        { "^python", true, "python" },
        { "^[\\w \\.\\-\\(?:\\):%]+(?:/v?\\d+(?:\\.\\d+)?(?:\\.\\d{1,10})*?)?(?:,|$)", true, null },
        { ";\\s\\w+;$", false, null },
        { "\\(\\)", false, null },
        { "\\|", false, null },
        { "@[a-z][\\w-]+\\.", false, null },
        // A top-level '|' means either side can match: no literal, not anchored.
        { "^abc|defgh", false, null },
        { "(?x) crawl", false, null },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_patterns_shape_is_read_from_its_syntax(string pattern, bool anchored, string? literal) =>
        Assert.Equal(new BotPatternShape(anchored, literal), BotPatternShape.Of(pattern));

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Crawler/1.0)")]
    [InlineData("Mozilla/5.0 (compatible; \u017Fpider)")]
    [InlineData("Mozilla/5.0 (compatible; \u212Aeybot)")]
    [InlineData("Mozilla/5.0 (Linux; Android 6.0; CUBOT MAX) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/72.0.3626.121 Mobile Safari/537.36")]
    [InlineData("Mozilla/5.0 (Linux; Android 13; 2201116SI; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 CamScanner/4.5.0")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0 Safari/537.36 GoogleNews")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0 Safari/537.36 googlenewsapp")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0 Safari/537.36 channel/google")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.0.0 Mobile Safari/537.36 GoogleApp/15.1")]
    [InlineData("Mozilla/5.0 (Linux; Android 14) Chrome/131.0.0.0 Mobile Safari/537.36 Gsa google pixel")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) Ünïcödé/1.0 Chrome/131.0.0.0 Safari/537.36")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148 Safari/604.1 name@example.com")]
    [InlineData("libhttp/1.0 (Linux; x)")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) camscan")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36;  x;")]
    public void The_split_matcher_agrees_with_one_alternation_of_all_patterns(string userAgent) =>
        Assert.Equal(Reference.Value.IsMatch(userAgent), BotPatterns.IsBot(userAgent));

    [Fact]
    public void The_split_matcher_agrees_with_one_alternation_on_every_agent_of_the_classifier_table()
    {
        var agents = UserAgentClassifierTests.Browsers.Select(row => (string)row[0])
            .Concat(UserAgentClassifierTests.Bots.Select(row => (string)row[1]));

        var disagreements = agents.Where(agent => BotPatterns.IsBot(agent) != Reference.Value.IsMatch(agent));

        Assert.Empty(disagreements);
    }

    [Theory]
    [InlineData("yz", true)]
    [InlineData("xyz", false)]
    [InlineData("ABCV", true)]
    [InlineData("crawler", true)]
    [InlineData("CRAWLER", true)]
    [InlineData("a crawl", true)]
    [InlineData("java;", false)]
    [InlineData("java!", true)]
    [InlineData("abc", false)]
    [InlineData("\u212Aelvin spider", true)]
    public void The_split_matcher_handles_every_shape(string userAgent, bool bot)
    {
        string[] patterns = ["^(?:x|y)z", "^w|v$", "crawl", "java(?!;)", "spider", ";\\s\\w+;$"];

        Assert.Equal(bot, BotPatterns.IsMatch(patterns, userAgent));
        Assert.Equal(bot, BotPatterns.Build(patterns, Generous).IsMatch(userAgent));
    }

    // A compiled expression is turned into machine code on its first match, and on a busy machine that alone can take
    // longer than the production timeout (the production matcher warms its expressions up; these are fresh).
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    // The plain alternation of every pattern: the definition the split matcher must agree with.
    private static readonly Lazy<Regex> Reference = new(() => BotPatterns.Build(BotPatterns.Patterns, Generous));
}
