using UtmStudio.Identity;

namespace UtmStudio.Tests.Unit;

/// <summary>Return URLs an attacker would try: none may leave the site, none may make the redirect throw.</summary>
public sealed class ReturnUrlCorpusTests
{
    private static readonly Uri App = new("https://app.example/some/page");

    public static TheoryData<string> NastyReturnUrls => new()
    {
        // ASCII
        "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example", "/\\/evil.example",
        "/%2F%2Fevil.example", "/%5C%5Cevil.example", "/%2f/evil.example", "https://evil.example/steal",
        "HTTPS://evil.example", "http:/evil.example", "http:\\\\evil.example", "//evil.example:443/x", "/..//evil.example",
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)", "/\t/evil.example", "/\n/evil.example", "\t//evil.example", " //evil.example",
        "/\r\n/evil.example", "/dash\r\nSet-Cookie: x=1", "/\0/evil.example", "~/", "~//evil.example",
        "@evil.example", "/@evil.example", "evil.example", "?next=//evil.example", "#//evil.example", "/ /evil.example",
        "/\"><script>alert(1)</script>", "/" + new string('a', 10_000), "/%",

        // Unicode: ideographic space, full-width and look-alike slashes, zero-width and invisible characters
        "/\u3000/evil.example", "\u3000//evil.example", "/\u3000", "/a\u3000b", "/\uFF0F\uFF0Fevil.example",
        "\uFF0F\uFF0Fevil.example", "/\uFF3Cevil.example", "\uFF3C\uFF3Cevil.example", "/\u2215\u2215evil.example",
        "/\u2044evil.example", "/\uFE68evil.example", "/\u200B/evil.example", "\u200B//evil.example", "/\u200B\u200B",
        "/\uFEFF/evil.example", "/\u2060/evil.example", "/\u0085/evil.example", "/\u2028/evil.example",
        "/\u2029/evil.example", "/\u00A0/evil.example", "/\u202Eelpmaxe.live//", "/\uD800/x", "/x\uDFFF",
        "/\uD83D\uDE00", "/日本語?q=é#frag", "/" + string.Concat(Enumerable.Repeat("日", 1_000)),
        "\uFF4A\uFF41\uFF56\uFF41\uFF53\uFF43\uFF52\uFF49\uFF50\uFF54:alert(1)",
    };

    [Theory]
    // Not enumerated at discovery: lone surrogates and NUL do not survive the runner's serialisation.
    [MemberData(nameof(NastyReturnUrls), DisableDiscoveryEnumeration = true)]
    public void Never_leaves_the_site_and_is_safe_as_a_location_header(string candidate)
    {
        var sanitized = ReturnUrl.Sanitize(candidate);

        Assert.StartsWith("/", sanitized, StringComparison.Ordinal);
        Assert.False(sanitized.Length > 1 && sanitized[1] is '/' or '\\', $"\"{sanitized}\" is protocol-relative");
        Assert.All(sanitized, c => Assert.InRange(c, '!', '~'));
        Assert.InRange(sanitized.Length, 1, ReturnUrl.MaxLength);
        Assert.Equal(App.Authority, new Uri(App, sanitized).Authority);
        Assert.Equal(sanitized, ReturnUrl.Sanitize(sanitized));
    }

    [Theory]
    [InlineData("/a\u3000b", "/a%E3%80%80b")]
    [InlineData("/d/bücher.example/links", "/d/b%C3%BCcher.example/links")]
    [InlineData("/\uFF0F\uFF0Fevil.example", "/%EF%BC%8F%EF%BC%8Fevil.example")]
    [InlineData("/\u200B/evil.example", "/%E2%80%8B/evil.example")]
    [InlineData("/\uD83D\uDE00", "/%F0%9F%98%80")]
    [InlineData("/search?q=a b", "/search?q=a%20b")]
    [InlineData("/already%20encoded", "/already%20encoded")]
    public void Local_paths_with_unusual_characters_are_kept_percent_encoded(string candidate, string expected) =>
        Assert.Equal(expected, ReturnUrl.Sanitize(candidate));

    [Theory]
    [InlineData("/\u3000/evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("~//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\uFF0F\uFF0Fevil.example")]
    public void Look_alike_slashes_and_invisible_characters_never_produce_a_double_slash(string candidate)
    {
        var sanitized = ReturnUrl.Sanitize(candidate);

        Assert.True(sanitized == ReturnUrl.Fallback || !sanitized.Contains("//", StringComparison.Ordinal), sanitized);
    }

    [Fact]
    public void A_return_url_too_long_for_the_sign_in_round_trip_falls_back_to_the_start_page() =>
        Assert.Equal(ReturnUrl.Fallback, ReturnUrl.Sanitize("/" + new string('a', ReturnUrl.MaxLength)));
}
