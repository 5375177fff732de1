using CsCheck;
using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Tests.Unit.Links;

/// <summary>Composing UTM-tagged links (the UTM-builder issue's rules): correct, safe, and the same every time.</summary>
public sealed class UtmUrlComposerTests
{
    private static readonly UtmValues Spring = new("newsletter", "email", "spring_sale");

    [Theory]
    [InlineData("https://acme.test/spring", "https://acme.test/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale")]
    [InlineData("https://acme.test", "https://acme.test?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale")]
    [InlineData("https://shop.acme.test/p?id=7&ref=a%20b#reviews", "https://shop.acme.test/p?id=7&ref=a%20b&utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale#reviews")]
    [InlineData("https://acme.test/p?UTM_Source=old&x=1&utm%5Fmedium=old&utm_term=old", "https://acme.test/p?x=1&utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale")]
    [InlineData("http://WWW.ACME.test:8080/A?b=1", "http://WWW.ACME.test:8080/A?b=1&utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale")]
    public void Keeps_the_landing_page_as_typed_and_replaces_its_utm_parameters(string landing, string expected) =>
        Assert.Equal(expected, UtmUrlComposer.Compose(landing, "acme.test", Spring).Url);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("ftp://acme.test/file")]
    [InlineData("https://evil.test/acme.test")]
    [InlineData("https://acme.test.evil.test/")]
    [InlineData("https://notacme.test/")]
    [InlineData("https://user:pass@acme.test/")]
    [InlineData("https://acme.test/a\nb")]
    [InlineData("/spring")]
    [InlineData("")]
    [InlineData("https://127.0.0.1/")]
    public void Refuses_other_schemes_hosts_user_info_control_characters_and_relative_addresses(string landing)
    {
        var composed = UtmUrlComposer.Compose(landing, "acme.test", Spring);

        Assert.Null(composed.Url);
        Assert.True(composed.Problems.ContainsKey("url"));
    }

    [Fact]
    public void An_internationalised_domain_matches_in_either_form()
    {
        Assert.NotNull(UtmUrlComposer.Compose("https://shop.bücher.test/", "xn--bcher-kva.test", Spring).Url);
        Assert.NotNull(UtmUrlComposer.Compose("https://xn--bcher-kva.test/", "bücher.test", Spring).Url);
    }

    [Fact]
    public void Values_are_trimmed_and_encoded_so_a_standard_parser_reads_back_exactly_them()
    {
        var values = new UtmValues(" news letter ", "e&mail", "50%+off=#1", Content: "café ☕", Term: "a/b?c");

        var url = UtmUrlComposer.Compose("https://acme.test/?q=x+y", "acme.test", values).Url!;

        Assert.Equal(
            [("q", "x y"), ("utm_source", "news letter"), ("utm_medium", "e&mail"), ("utm_campaign", "50%+off=#1"),
             ("utm_content", "café ☕"), ("utm_term", "a/b?c")],
            UrlSearchParams.Parse(url));
    }

    [Fact]
    public void Missing_long_and_control_character_values_are_named()
    {
        var composed = UtmUrlComposer.Compose("https://acme.test/", "acme.test",
            new UtmValues(" ", "email", new string('c', 101), Content: "a\tb"));

        Assert.Equal(["utm_campaign", "utm_content", "utm_source"], composed.Problems.Keys.Order());
        Assert.Equal("utm_campaign can be at most 100 characters (it has 101).", composed.Problems["utm_campaign"]);
    }

    [Fact]
    public void A_link_longer_than_2048_characters_is_refused()
    {
        var composed = UtmUrlComposer.Compose("https://acme.test/" + new string('p', 2000), "acme.test", Spring);

        Assert.StartsWith("The link would be 2", composed.Problems["url"], StringComparison.Ordinal);
    }

    [Fact]
    public void Composing_again_from_a_composed_link_gives_the_same_link_and_the_values_survive_any_text()
    {
        var text = Gen.Char["ab &=#+%/?é☕ \u00a0Z9-_.~"].Array[1, 30].Select(chars => new string(chars)).Where(s => s.Trim().Length > 0);
        var landing = Gen.OneOf("https://acme.test/", "https://acme.test/p?x=1&y=%20#top", "https://a.acme.test/?utm_source=old&z");
        Gen.Select(landing, text, text, text).Sample((url, source, medium, campaign) =>
        {
            var values = new UtmValues(source, medium, campaign);
            var once = UtmUrlComposer.Compose(url, "acme.test", values).Url!;
            var twice = UtmUrlComposer.Compose(once, "acme.test", values).Url;
            var read = UrlSearchParams.Parse(once).Where(p => p.Name.StartsWith("utm_", StringComparison.Ordinal)).ToList();
            return once == twice
                && read.SequenceEqual([("utm_source", source.Trim()), ("utm_medium", medium.Trim()), ("utm_campaign", campaign.Trim())]);
        });
    }
}
