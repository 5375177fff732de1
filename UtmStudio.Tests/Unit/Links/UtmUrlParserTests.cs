using UtmStudio.Features.Links.Composition;

namespace UtmStudio.Tests.Unit.Links;

/// <summary>Pasting a tagged link into the builder: the fields fill, the rest of the link stays as typed.</summary>
public sealed class UtmUrlParserTests
{
    private static readonly UtmFields None = UtmFields.None;

    [Fact]
    public void Takes_the_utm_parameters_out_and_keeps_everything_else_as_typed()
    {
        var parsed = UtmUrlParser.Parse(" https://shop.acme.test/p?id=7&utm_source=news&ref=a%20b+c&utm_medium=email&utm_campaign=spring&utm_content=hero#top ");

        Assert.Equal("https://shop.acme.test/p?id=7&ref=a%20b+c#top", parsed.LandingUrl);
        Assert.Equal(None with { Source = "news", Medium = "email", Campaign = "spring", Content = "hero" }, parsed.Fields);
        Assert.Equal(["id", "ref"], parsed.KeptParameters);
        Assert.Empty(parsed.Notes);
    }

    [Theory]
    [InlineData("https://acme.test/p?utm_source=a", "https://acme.test/p")]
    [InlineData("https://acme.test/p?utm_source=a#x", "https://acme.test/p#x")]
    [InlineData("https://acme.test/p?&utm_source=a&&", "https://acme.test/p")]
    [InlineData("https://acme.test?", "https://acme.test")]
    [InlineData("https://acme.test/#utm_source=a?b&c", "https://acme.test/#utm_source=a?b&c")]
    [InlineData("https://acme.test/?a=1;utm_source=x&b", "https://acme.test/?a=1;utm_source=x&b")]
    [InlineData("HTTPS://ACME.TEST/?q=100%&r=%zz&utm_term=x&flag", "HTTPS://ACME.TEST/?q=100%&r=%zz&flag")]
    [InlineData("https://acme.test\\p?a=\\&utm_id=1", "https://acme.test\\p?a=\\")]
    public void Leaves_no_question_mark_when_nothing_else_remains_and_never_touches_the_fragment(string pasted, string landing) =>
        Assert.Equal(landing, UtmUrlParser.Parse(pasted).LandingUrl);

    [Theory]
    [InlineData("a+b%20c", "a b c")]
    [InlineData("%2B%25%26%3D%23", "+%&=#")]
    [InlineData("100%", "100%")]
    [InlineData("%zz%4%", "%zz%4%")]
    [InlineData("%E6%98%A5%F0%9F%8E%89", "春🎉")]
    [InlineData("春🎉", "春🎉")]
    [InlineData("%FF", "\uFFFD")]
    [InlineData("a=b=c", "a=b=c")]
    [InlineData("", "")]
    [InlineData("%20x%20", " x ")]
    public void Reads_values_as_URLSearchParams_does(string encoded, string value) =>
        Assert.Equal(value, UtmUrlParser.Parse("https://acme.test/?utm_source=" + encoded).Fields.Source);

    [Fact]
    public void A_parameter_without_a_value_is_empty_and_a_missing_one_is_null()
    {
        var fields = UtmUrlParser.Parse("https://acme.test/?utm_source&utm_medium=").Fields;

        Assert.Equal(None with { Source = "", Medium = "" }, fields);
    }

    [Fact]
    public void Names_in_another_case_or_percent_encoded_are_read_and_the_case_is_noted()
    {
        var parsed = UtmUrlParser.Parse("https://acme.test/?UTM_Source=a&%75tm%5Fmedium=b&Utm_Source_Platform=c&UTM_Source=d");

        Assert.Equal(None with { Source = "a", Medium = "b", SourcePlatform = "c" }, parsed.Fields);
        Assert.Equal(
            ["UTM_Source was read as utm_source.", "Utm_Source_Platform was read as utm_source_platform.", "utm_source appeared twice; the first value was used."],
            parsed.Notes);
        Assert.Equal("https://acme.test/", parsed.LandingUrl);
    }

    [Fact]
    public void Repeated_parameters_keep_the_first_value_and_say_so()
    {
        var parsed = UtmUrlParser.Parse("https://acme.test/?utm_source=&utm_source=b&utm_medium=m&utm_source=c&utm_medium=n");

        Assert.Equal(None with { Source = "", Medium = "m" }, parsed.Fields);
        Assert.Equal(["utm_source appeared 3 times; the first value was used.", "utm_medium appeared twice; the first value was used."], parsed.Notes);
    }

    [Fact]
    public void Unknown_utm_names_are_removed_as_the_composer_would_and_said_once()
    {
        var parsed = UtmUrlParser.Parse("https://acme.test/?utm_foo=1&x=2&utm_=3&utm_foo=4&utm+source=5");

        Assert.Equal("https://acme.test/?x=2&utm+source=5", parsed.LandingUrl);
        Assert.Equal(None, parsed.Fields);
        Assert.Equal(
            ["utm_foo is not a UTM parameter we know; it was removed from the link.", "utm_ is not a UTM parameter we know; it was removed from the link."],
            parsed.Notes);
        Assert.Equal(["x", "utm source"], parsed.KeptParameters);
    }

    [Fact]
    public void Kept_parameter_names_are_decoded_once_each_and_nameless_ones_are_not_listed() =>
        Assert.Equal(["a b", "flag", "☕"], UtmUrlParser.Parse("https://acme.test/?a%20b=1&a+b=2&=x&flag&%E2%98%95=y&flag").KeptParameters);

    [Theory]
    [InlineData("spring sale")]
    [InlineData("acme.test/p?utm_source=x")]
    [InlineData("javascript:alert(1)?utm_source=x")]
    [InlineData("ftp://acme.test/?utm_source=x")]
    public void Text_that_is_not_a_web_address_fills_nothing(string pasted)
    {
        var parsed = UtmUrlParser.Parse("  " + pasted + "\n");

        Assert.Equal(new ParsedUtmUrl(pasted, None, [], parsed.Notes), parsed);
        Assert.Equal(["This is not a web address that starts with https:// (or http://), so no UTM fields were read from it."], parsed.Notes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Nothing_pasted_is_nothing_read(string? pasted)
    {
        var parsed = UtmUrlParser.Parse(pasted);

        Assert.Equal(("", None), (parsed.LandingUrl, parsed.Fields));
        Assert.Empty(parsed.KeptParameters);
        Assert.Empty(parsed.Notes);
    }

    [Fact]
    public void Fields_become_values_with_the_missing_required_ones_empty()
    {
        Assert.Equal(new UtmValues("", "", ""), None.ToValues());
        Assert.Equal(new UtmValues("s", "", "c", Term: "t", MarketingTactic: "m"), (None with { Source = "s", Campaign = "c", Term = "t", MarketingTactic = "m" }).ToValues());
    }

    [Theory]
    [InlineData("https://acme.test/?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale", "acme.test")]
    [InlineData("https://shop.bücher.test/ä?x=ü&q=a+b&p=100%&utm_source=a%20b%26c&utm_medium=%2B&utm_campaign=%E2%98%95#top?utm_source=x&y", "xn--bcher-kva.test")]
    [InlineData("HTTPS://Acme.Test.:8443?flag&=v&utm_source=s&utm_medium=m&utm_campaign=c&utm_content=c&utm_term=t&utm_id=1&utm_source_platform=sp&utm_creative_format=cf&utm_marketing_tactic=mt#", "acme.test")]
    public void Composing_what_was_parsed_gives_back_the_link(string link, string domain)
    {
        var parsed = UtmUrlParser.Parse(link);

        Assert.Equal(link, UtmUrlComposer.Compose(parsed.LandingUrl, domain, parsed.Fields.ToValues()).Url);
    }
}
