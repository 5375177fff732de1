using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Tests.Unit.Links;

/// <summary>Hand-picked addresses that break naive UTM builders: each is kept as typed, or refused with a reason.</summary>
public sealed class UtmUrlComposerNastyCaseTests
{
    private const string Tags = "utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale";

    private static readonly UtmValues Spring = new("newsletter", "email", "spring_sale");

    [Theory]
    // utm_ parameters in any case or percent-encoded are ours to replace; "utm+source" is "utm source", not one of them
    [InlineData("https://acme.test/?Utm_Source=a&UTM_MEDIUM=b&uTm_CaMpAiGn=c&keep=1", "https://acme.test/?keep=1&" + Tags)]
    [InlineData("https://acme.test/?%75tm_source=a&utm%5fterm=b&utm_foo=c&utm_", "https://acme.test/?" + Tags)]
    [InlineData("https://acme.test/?utm+source=a&utm.source=b", "https://acme.test/?utm+source=a&utm.source=b&" + Tags)]
    // repeated and empty parameters
    [InlineData("https://acme.test/?a=1&a=2&utm_source=x&utm_source=y", "https://acme.test/?a=1&a=2&" + Tags)]
    [InlineData("https://acme.test/?utm_source=&x=&utm_medium", "https://acme.test/?x=&" + Tags)]
    [InlineData("https://acme.test/?&&x&", "https://acme.test/?x&" + Tags)]
    [InlineData("https://acme.test/?", "https://acme.test/?" + Tags)]
    [InlineData("https://acme.test/?flag", "https://acme.test/?flag&" + Tags)]
    [InlineData("https://acme.test/?=v", "https://acme.test/?=v&" + Tags)]
    // "+" and "%" in kept parameters stay exactly as typed, valid escapes or not
    [InlineData("https://acme.test/?q=a+b&p=100%&r=%2B%zz%4&s=%E2%98%95", "https://acme.test/?q=a+b&p=100%&r=%2B%zz%4&s=%E2%98%95&" + Tags)]
    // ";" is not a separator: it is part of the value before it (as URLSearchParams reads it)
    [InlineData("https://acme.test/?a=1;utm_source=old", "https://acme.test/?a=1;utm_source=old&" + Tags)]
    [InlineData("https://acme.test/?utm_source=old;a=1&b=2", "https://acme.test/?b=2&" + Tags)]
    // a fragment is the fragment, whatever it contains
    [InlineData("https://acme.test/p#a?b=1&utm_source=old", "https://acme.test/p?" + Tags + "#a?b=1&utm_source=old")]
    [InlineData("https://acme.test/p?x=1#top?utm_source=old&y#z", "https://acme.test/p?x=1&" + Tags + "#top?utm_source=old&y#z")]
    [InlineData("https://acme.test/p?utm_source=old#", "https://acme.test/p?" + Tags + "#")]
    // internationalised hosts, ports, trailing dots, scheme case: all as typed
    [InlineData("https://shop.acme.test/ä?x=ü", "https://shop.acme.test/ä?x=ü&" + Tags)]
    [InlineData("https://acme.test:8443/", "https://acme.test:8443/?" + Tags)]
    [InlineData("http://acme.test:80", "http://acme.test:80?" + Tags)]
    [InlineData("https://acme.test./p", "https://acme.test./p?" + Tags)]
    [InlineData("https://Shop.ACME.test./", "https://Shop.ACME.test./?" + Tags)]
    [InlineData("HTTPS://ACME.TEST/P", "HTTPS://ACME.TEST/P?" + Tags)]
    [InlineData("  https://acme.test  ", "https://acme.test?" + Tags)]
    // a backslash in the query or fragment is text, not a path separator
    [InlineData("https://acme.test/?path=a\\b#c\\d", "https://acme.test/?path=a\\b&" + Tags + "#c\\d")]
    public void Keeps_the_landing_page_as_typed(string landing, string expected) =>
        Assert.Equal(expected, UtmUrlComposer.Compose(landing, "acme.test", Spring).Url);

    [Theory]
    [InlineData("https://bücher.test/", "xn--bcher-kva.test")]
    [InlineData("https://xn--bcher-kva.test/", "bücher.test")]
    [InlineData("https://SHOP.XN--BCHER-KVA.TEST/", "bücher.test")]
    [InlineData("https://shop.BÜCHER.test/", "xn--bcher-kva.test")]
    [InlineData("https://ａｃｍｅ.test/", "acme.test")]
    public void A_host_matches_its_domain_in_any_form(string landing, string domain) =>
        Assert.NotNull(UtmUrlComposer.Compose(landing, domain, Spring).Url);

    [Theory]
    [InlineData("javascript:alert(1)", "starts with https://")]
    [InlineData("JavaScript:alert(1)//https://acme.test/", "starts with https://")]
    [InlineData("JAVASCRIPT://acme.test/%0Aalert(1)", "starts with https://")]
    [InlineData("  jAvAsCrIpT:alert(1)", "starts with https://")]
    [InlineData("data:text/html,<script>alert(1)</script>", "starts with https://")]
    [InlineData("DATA:text/html;base64,PHNjcmlwdD4=", "starts with https://")]
    [InlineData("vbscript:msgbox(1)", "starts with https://")]
    [InlineData("VBScript:msgbox(1)", "starts with https://")]
    [InlineData("acme.test", "starts with https://")]
    [InlineData("acme.test/spring?utm_source=x", "starts with https://")]
    [InlineData("//acme.test/", "starts with https://")]
    [InlineData("https:acme.test/", "not a valid web address")]
    [InlineData("https://acme.test\\spring", "backslash")]
    [InlineData("https:\\\\acme.test/", "backslash")]
    [InlineData("https://evil.test\\@acme.test/", "backslash")]
    [InlineData("https://acme.test\\@evil.test/", "backslash")]
    [InlineData("https://acme.test/a b", "spaces")]
    [InlineData("https://acme.test/a\u0085b", "control characters")]
    [InlineData("https://evil.test:443/acme.test", "not to evil.test")]
    [InlineData("https://acme.test.evil.test./", "not to acme.test.evil.test.")]
    [InlineData("https://evil.test#@acme.test", "not to evil.test")]
    [InlineData("https://evil.test?@acme.test", "not to evil.test")]
    [InlineData("https://acme.test@evil.test/", "user name or password")]
    [InlineData("https://evil.test%5C@acme.test/", "user name or password")]
    [InlineData("https://acme.test../", "not a valid web address")]
    [InlineData("https://xn--🎉.acme.test/", "not to xn--🎉.acme.test")]
    [InlineData("https://acme.test:99999/", "not a valid web address")]
    public void Refuses_addresses_that_are_not_web_pages_on_the_domain(string landing, string reason)
    {
        var composed = UtmUrlComposer.Compose(landing, "acme.test", Spring);

        Assert.Null(composed.Url);
        Assert.Contains(reason, composed.Problems["url"], StringComparison.Ordinal);
    }

    [Fact]
    public void Values_with_separators_emoji_and_cjk_are_escaped_so_nothing_leaks_into_other_parameters()
    {
        var values = new UtmValues("a b&c=d#e+f%g", "e;mail?/", "春のセール ☕🎉", Content: "100%", Term: "+");

        var url = UtmUrlComposer.Compose("https://acme.test/", "acme.test", values).Url!;

        Assert.Equal(
            "https://acme.test/?utm_source=a%20b%26c%3Dd%23e%2Bf%25g&utm_medium=e%3Bmail%3F%2F"
            + "&utm_campaign=%E6%98%A5%E3%81%AE%E3%82%BB%E3%83%BC%E3%83%AB%20%E2%98%95%F0%9F%8E%89&utm_content=100%25&utm_term=%2B",
            url);
        Assert.Equal(
            [("utm_source", "a b&c=d#e+f%g"), ("utm_medium", "e;mail?/"), ("utm_campaign", "春のセール ☕🎉"), ("utm_content", "100%"), ("utm_term", "+")],
            UrlSearchParams.Parse(url));
    }

    [Theory]
    [InlineData("\u00a0 \u3000")]
    [InlineData("\t\r\n ")]
    [InlineData("")]
    [InlineData(null)]
    public void Whitespace_only_optional_values_are_left_out(string? blank)
    {
        var values = new UtmValues("s", "m", "c", blank, blank, blank, blank, blank, blank);

        Assert.Equal("https://acme.test/?utm_source=s&utm_medium=m&utm_campaign=c", UtmUrlComposer.Compose("https://acme.test/", "acme.test", values).Url);
    }

    [Fact]
    public void Whitespace_only_required_values_are_asked_for() =>
        Assert.Equal(
            new Dictionary<string, string> { ["utm_source"] = "Enter utm_source.", ["utm_medium"] = "Enter utm_medium.", ["utm_campaign"] = "Enter utm_campaign." },
            UtmUrlComposer.Compose("https://acme.test/", "acme.test", new UtmValues(" ", "\u3000", "\n")).Problems);

    [Theory]
    [InlineData("a", 100, true)]
    [InlineData("a", 101, false)]
    [InlineData("🎉", 100, true)] // an emoji is one character (two UTF-16 units), as the database counts it
    [InlineData("🎉", 101, false)]
    [InlineData("春", 100, true)]
    public void A_value_may_have_100_characters_not_101(string character, int count, bool allowed)
    {
        var value = string.Concat(Enumerable.Repeat(character, count));

        var composed = UtmUrlComposer.Compose("https://acme.test/", "acme.test", Spring with { Content = " " + value + " " });

        Assert.Equal(allowed, composed.IsValid);
        Assert.Equal(allowed ? null : "utm_content can be at most 100 characters (it has 101).", composed.Problems.GetValueOrDefault("utm_content"));
    }

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("a\u007fb")]
    [InlineData("a\u0085b")]
    [InlineData("a\nb")]
    public void A_value_with_a_control_character_is_refused(string value) =>
        Assert.Contains("control character", UtmUrlComposer.Compose("https://acme.test/", "acme.test", Spring with { Term = value }).Problems["utm_term"], StringComparison.Ordinal);

    [Fact]
    public void A_value_with_half_a_character_is_refused_rather_than_changed()
    {
        // Built in code: attribute arguments can't hold a lone surrogate (they are stored as UTF-8).
        foreach (var value in new[] { "a\uD83Cb", "\uDF89", "ok\uD83C", "\uDF89\uD83C" })
        {
            var problem = UtmUrlComposer.Compose("https://acme.test/", "acme.test", Spring with { Source = value }).Problems["utm_source"];
            Assert.Equal("utm_source contains a broken character (half of an emoji, say); type it again.", problem);
        }
    }

    [Fact]
    public void A_link_of_2048_characters_is_allowed_and_one_of_2049_is_not()
    {
        var fixedPart = "https://acme.test/".Length + 1 + Tags.Length;
        var longest = "https://acme.test/" + new string('p', UtmUrlComposer.MaxUrlLength - fixedPart);

        Assert.Equal(2048, UtmUrlComposer.Compose(longest, "acme.test", Spring).Url?.Length);
        Assert.Equal(
            "The link would be 2049 characters long; keep it to 2048 (shorten the landing page address or the values).",
            UtmUrlComposer.Compose(longest + "p", "acme.test", Spring).Problems["url"]);
    }
}
