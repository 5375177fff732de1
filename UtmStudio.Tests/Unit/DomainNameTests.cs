using UtmStudio.Features.Domains;

namespace UtmStudio.Tests.Unit;

public sealed class DomainNameTests
{
    [Theory]
    [InlineData("acme.com", "acme.com")]
    [InlineData("  ACME.Com  ", "acme.com")]
    [InlineData("shop.acme.co.uk", "shop.acme.co.uk")]
    [InlineData("acme.com.", "acme.com")]
    [InlineData("my-brand.io", "my-brand.io")]
    public void Plain_names_are_lowercased_and_trimmed(string typed, string saved) =>
        Assert.Equal(saved, DomainName.Normalize(typed).Value);

    [Theory]
    [InlineData("https://acme.com/about?x=1", "acme.com", "https://")]
    [InlineData("http://acme.com", "acme.com", "http://")]
    [InlineData("www.acme.com", "acme.com", "www.")]
    [InlineData("https://www.acme.com/", "acme.com", "www.")]
    [InlineData("bücher.de", "xn--bcher-kva.de", "xn--bcher-kva.de")]
    public void What_is_changed_is_said(string typed, string saved, string noticeMentions)
    {
        var result = DomainName.Normalize(typed);

        Assert.Equal(saved, result.Value);
        Assert.Contains(result.Notices, n => n.Contains(noticeMentions, StringComparison.Ordinal));
    }

    /// <summary>Issue 6: "ｗｗｗ.x.test" was stored as "www.x.test" while /d/www.x.test showed x.test.</summary>
    [Theory]
    [InlineData("ｗｗｗ.x.test", "x.test")]
    [InlineData("ＷＷＷ．Ｘ．ＴＥＳＴ", "x.test")]
    [InlineData("www。x。test｡", "x.test")]
    [InlineData("ｈｔｔｐｓ：／／ｗｗｗ．ａｃｍｅ．ｔｅｓｔ／ｐｒｉｃｉｎｇ", "acme.test")]
    [InlineData("w\u00ADww.x.test", "x.test")]
    [InlineData("www.www.x.test", "x.test")]
    [InlineData("www.ck", "www.ck")] // the registered name itself: ck is a public suffix
    [InlineData("ｗｗｗ.www.ck", "www.ck")]
    [InlineData("HTTP://WWW.4u｡com。", "www.4u.com")] // 4u.com is a public suffix (private section): found by the property test, seed a13h4P6WBUe4
    [InlineData("\u3000acme.test\u3000", "acme.test")]
    [InlineData("ＢÜＣＨＥＲ．de", "xn--bcher-kva.de")]
    [InlineData("xn--bcher-kva.de", "xn--bcher-kva.de")]
    public void Idna_mapping_comes_before_the_rules(string typed, string saved)
    {
        var unescaped = System.Text.RegularExpressions.Regex.Unescape(typed);

        Assert.Equal(saved, DomainName.Normalize(unescaped).Value);
        Assert.True(DomainRoute.TryParse(DomainRoute.For(unescaped).TrimStart('/'), out var routed, out _));
        Assert.Equal(saved, routed);
    }

    [Fact]
    public void Fullwidth_input_says_it_was_converted() =>
        Assert.Contains(DomainName.Normalize("ａｃｍｅ.test").Notices, n => n.Contains("full-width", StringComparison.Ordinal));

    [Theory]
    [InlineData("", "Enter your company")]
    [InlineData("acme", "at least two parts")]
    [InlineData("acme.com:8080", "port")]
    [InlineData("https://user:pw@acme.com", "user name")]
    [InlineData("jane@acme.com", "user name")]
    [InlineData("192.168.1.10", "IP address")]
    [InlineData("[::1]", "IP address")]
    [InlineData("ftp://acme.com", "not a link")]
    [InlineData("javascript:alert(1)", "port")]
    [InlineData("-acme.com", "hyphens")]
    [InlineData("acme_shop.com", "valid domain")]
    [InlineData("acme.123", "only digits")]
    [InlineData("a..com", "valid domain")]
    [InlineData("ａｃｍｅ．ｃｏｍ：８０８０", "port")]
    [InlineData("ｊａｎｅ＠ａｃｍｅ.com", "user name")]
    [InlineData("１９２．１６８．１．１０", "IP address")]
    [InlineData("xn--zz.com", "valid domain")]
    [InlineData("\ud800.com", "valid domain")]
    public void Invalid_names_are_refused_with_a_reason(string typed, string reasonMentions)
    {
        var result = DomainName.Normalize(System.Text.RegularExpressions.Regex.Unescape(typed));

        Assert.False(result.IsValid);
        Assert.Contains(reasonMentions, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Length_limits_of_dns_apply()
    {
        Assert.False(DomainName.Normalize(new string('a', 64) + ".com").IsValid);
        Assert.True(DomainName.Normalize(new string('a', 63) + ".com").IsValid);
        Assert.False(DomainName.Normalize(string.Join('.', Enumerable.Repeat(new string('a', 60), 5)) + ".com").IsValid);
    }
}
