using System.Net;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Features.Tracking.Redirect;

namespace UtmStudio.Tests.Unit.Tracking;

/// <summary>What a click becomes before it is stored: country codes, bot flags, the visitor hash.</summary>
public sealed class ClickEnrichmentTests
{
    private static readonly byte[] Salt = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Theory]
    [InlineData("DE", "DE")]
    [InlineData("de", "DE")]
    [InlineData("XX", null)] // Cloudflare: unknown
    [InlineData("T1", null)] // Cloudflare: Tor
    [InlineData("DEU", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("1A", null)]
    public void Only_two_letter_country_codes_are_kept(string? header, string? expected) =>
        Assert.Equal(expected, ClickEnricher.CountryCode(header));

    [Fact]
    public void The_visitor_hash_is_16_bytes_stable_for_a_day_and_differs_per_ip_agent_and_salt()
    {
        var ip = IPAddress.Parse("203.0.113.7");
        var hash = VisitorHash.Of(ip, "agent", Salt);

        Assert.Equal(16, hash.Length);
        Assert.Equal(hash, VisitorHash.Of(ip, "agent", Salt));
        Assert.NotEqual(hash, VisitorHash.Of(IPAddress.Parse("203.0.113.8"), "agent", Salt));
        Assert.NotEqual(hash, VisitorHash.Of(ip, "agent2", Salt));
        Assert.NotEqual(hash, VisitorHash.Of(ip, "agent", [.. Salt.Reverse()]));
        Assert.Equal(hash, VisitorHash.Of(IPAddress.Parse("::ffff:203.0.113.7"), "agent", Salt)); // dual-stack socket
    }

    [Fact]
    public void The_hash_does_not_contain_the_ip_address()
    {
        var ip = IPAddress.Parse("198.51.100.23");
        var hash = VisitorHash.Of(ip, null, Salt);

        Assert.False(hash.AsSpan().IndexOf(ip.GetAddressBytes()) >= 0);
    }

    [Theory]
    [InlineData(false, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", false, "desktop")]
    [InlineData(true, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", true, "desktop")]
    [InlineData(false, "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", true, "bot")]
    [InlineData(false, null, true, "bot")]
    public void Head_requests_and_known_agents_are_bots(bool head, string? agent, bool bot, string device)
    {
        var link = new ShortLinkTarget(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "https://acme.test/", 302, true, true, false,
            new LinkDimensions("email", "news", "email", "sale", null, null));

        var click = ClickEnricher.Enrich(new RawClick(DateTimeOffset.UtcNow, link, IPAddress.Loopback, agent, "https://www.google.com/search?q=x", "de", head, false), Salt);

        Assert.Equal((bot, device, "google.com", "DE"), (click.IsBot, click.Device, click.ReferrerHost, click.Country));
    }
}
