using UtmStudio.Features.Tracking.Redirect;

namespace UtmStudio.Tests.Unit.Tracking;

/// <summary>Where a visit goes, by the domain's forwarding rules: a table of full URLs and short-link queries.</summary>
public sealed class RedirectLocationTests
{
    private const string Full = "https://acme.test/spring?ref=nav&utm_source=news&utm_medium=email&utm_campaign=sale#offer";

    [Theory]
    [InlineData(null, Full)]
    [InlineData("", Full)]
    [InlineData("?", Full)]
    [InlineData("?gclid=abc", "https://acme.test/spring?ref=nav&utm_source=news&utm_medium=email&utm_campaign=sale&gclid=abc#offer")]
    [InlineData("?utm_source=spoof&fbclid=x%20y", "https://acme.test/spring?ref=nav&utm_source=news&utm_medium=email&utm_campaign=sale&fbclid=x%20y#offer")]
    [InlineData("?ref=other", Full)] // the link's own parameters win
    [InlineData("?utm_term=shoes", "https://acme.test/spring?ref=nav&utm_source=news&utm_medium=email&utm_campaign=sale&utm_term=shoes#offer")]
    [InlineData("?a=1&&b=2&", "https://acme.test/spring?ref=nav&utm_source=news&utm_medium=email&utm_campaign=sale&a=1&b=2#offer")]
    [InlineData("?flag", "https://acme.test/spring?ref=nav&utm_source=news&utm_medium=email&utm_campaign=sale&flag#offer")]
    [InlineData("?%72ef=encoded-name", Full)] // "%72ef" is "ref": compared decoded
    public void Forwarding_keeps_the_links_own_parameters(string? query, string expected) =>
        Assert.Equal(expected, RedirectLocation.For(Target(Full), query));

    [Theory]
    [InlineData("?utm_source=partner", "https://acme.test/spring?ref=nav&utm_medium=email&utm_campaign=sale&utm_source=partner#offer")]
    [InlineData("?ref=other&utm_campaign=x", "https://acme.test/spring?ref=nav&utm_source=news&utm_medium=email&utm_campaign=x#offer")]
    public void With_overrides_forwarded_utm_values_replace_the_links_own_and_nothing_else(string query, string expected) =>
        Assert.Equal(expected, RedirectLocation.For(Target(Full, overrides: true), query));

    [Fact]
    public void With_forwarding_off_the_location_is_the_full_url() =>
        Assert.Equal(Full, RedirectLocation.For(Target(Full, forward: false, overrides: true), "?gclid=abc&utm_source=x"));

    [Theory]
    [InlineData("https://acme.test/", "?gclid=1", "https://acme.test/?gclid=1")]
    [InlineData("https://acme.test/#top", "?gclid=1", "https://acme.test/?gclid=1#top")]
    [InlineData("https://acme.test/?utm_source=a", "?x=%23hash", "https://acme.test/?utm_source=a&x=%23hash")]
    public void Parameters_go_before_the_fragment_and_arrive_as_they_were_sent(string full, string query, string expected) =>
        Assert.Equal(expected, RedirectLocation.For(Target(full), query));

    private static ShortLinkTarget Target(string fullUrl, bool forward = true, bool overrides = false) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), fullUrl, 302, DomainVerified: true, forward, overrides,
        new LinkDimensions("email", "news", "email", "sale", null, null));
}
