using UtmStudio.Features.Tracking.Agents;

namespace UtmStudio.Tests.Unit.Tracking;

/// <summary>Only the referring site's host is kept from a Referer header, in one spelling per site.</summary>
public sealed class ReferrerHostTests
{
    [Theory]
    [InlineData("https://www.google.com/search?q=my+secret+search&client=firefox", "google.com")]
    [InlineData("https://google.com/", "google.com")]
    [InlineData("https://www.google.com", "google.com")]
    [InlineData("https://news.ycombinator.com/item?id=1#comments", "news.ycombinator.com")]
    [InlineData("https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com", "l.facebook.com")]
    [InlineData("https://t.co/abc123", "t.co")]
    [InlineData("http://example.com:8080/path", "example.com")]
    [InlineData("https://user:password@example.com/", "example.com")]
    [InlineData("HTTPS://WWW.Example.COM/Path", "example.com")]
    [InlineData("https://example.com./", "example.com")]
    [InlineData("https://example.com?x=1", "example.com")]
    [InlineData("https://example.com#top", "example.com")]
    [InlineData("https://example.com\\path", "example.com")]
    [InlineData("  https://example.com/  ", "example.com")]
    [InlineData("https://localhost:5001/", "localhost")]
    public void A_web_referer_gives_its_host_only(string referer, string host) =>
        Assert.Equal(host, ReferrerHost.From(referer));

    [Theory]
    [InlineData("https://www.example.com/", "example.com")]
    [InlineData("https://www.blog.example.com/", "blog.example.com")]
    [InlineData("https://www2.example.com/", "www2.example.com")]
    [InlineData("https://wwwexample.com/", "wwwexample.com")]
    [InlineData("https://www.com/", "www.com")]
    public void A_leading_www_is_dropped_when_a_domain_remains(string referer, string host) =>
        Assert.Equal(host, ReferrerHost.From(referer));

    [Theory]
    [InlineData("https://bücher.de/katalog", "xn--bcher-kva.de")]
    [InlineData("https://xn--bcher-kva.de/", "xn--bcher-kva.de")]
    [InlineData("https://BÜCHER.de/", "xn--bcher-kva.de")]
    [InlineData("https://www.bücher.de/", "xn--bcher-kva.de")]
    [InlineData("https://пример.рф/", "xn--e1afmkfd.xn--p1ai")]
    [InlineData("https://例え.jp/", "xn--r8jz45g.jp")]
    public void An_international_host_is_kept_in_its_ascii_form(string referer, string host) =>
        Assert.Equal(host, ReferrerHost.From(referer));

    [Theory]
    [InlineData("http://192.168.1.10:8080/admin", "192.168.1.10")]
    [InlineData("http://[2001:DB8::1]/x", "[2001:db8::1]")]
    public void An_ip_address_is_kept(string referer, string host) =>
        Assert.Equal(host, ReferrerHost.From(referer));

    [Theory]
    [InlineData("android-app://com.google.android.gm/", "com.google.android.gm")]
    [InlineData("android-app://com.google.android.gm", "com.google.android.gm")]
    [InlineData("android-app://com.slack/https/slack.com/some/path", "com.slack")]
    [InlineData("android-app://org.telegram.messenger/", "org.telegram.messenger")]
    [InlineData("ANDROID-APP://Com.LinkedIn.Android/", "com.linkedin.android")]
    public void An_android_app_referer_gives_the_apps_package_name(string referer, string package) =>
        Assert.Equal(package, ReferrerHost.From(referer));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("google.com")]
    [InlineData("www.google.com/search")]
    [InlineData("//google.com/")]
    [InlineData("/relative/path")]
    [InlineData("about:blank")]
    [InlineData("null")]
    [InlineData("-")]
    [InlineData("https://")]
    [InlineData("https:///path")]
    [InlineData("https://exa mple.com/")]
    [InlineData("https://exa<mple>.com/")]
    [InlineData("https://example..com/")]
    [InlineData("http://:80/")]
    [InlineData("ftp://files.example.com/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript://example.com/%0Aalert(1)")]
    [InlineData("chrome-extension://abcdefghijklmnop/page.html")]
    [InlineData("ios-app://123456/https/example.com")]
    [InlineData("android-app://")]
    [InlineData("android-app://gmail/")]
    [InlineData("android-app://com..gm/")]
    [InlineData("android-app://com.1gm/")]
    [InlineData("android-app://com.google.android.gm./")]
    [InlineData("android-app://com.goo gle/")]
    [InlineData("\u0000https://example.com/")]
    public void A_missing_or_unreadable_or_non_web_referer_has_no_host(string? referer) =>
        Assert.Null(ReferrerHost.From(referer));

    [Fact]
    public void A_host_longer_than_253_characters_has_no_host()
    {
        var label = new string('a', 63);
        var longest = string.Join('.', label, label, label, new string('a', 61));

        Assert.Equal(253, longest.Length);
        Assert.Equal(longest, ReferrerHost.From($"https://{longest}/"));
        Assert.Null(ReferrerHost.From($"https://a{longest}/"));
    }

    [Fact]
    public void A_long_query_does_not_matter()
    {
        var referer = "https://www.google.com/search?q=" + new string('x', 100_000);

        Assert.Equal("google.com", ReferrerHost.From(referer));
    }
}
