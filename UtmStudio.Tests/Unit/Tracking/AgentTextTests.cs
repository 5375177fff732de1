using UtmStudio.Features.Tracking.Agents;

namespace UtmStudio.Tests.Unit.Tracking;

/// <summary>The stored keys of the agent classes: short, lowercase, unique, and read back to the same value.</summary>
public sealed class AgentTextTests
{
    [Fact]
    public void The_stored_keys_are_exactly_these()
    {
        Assert.Equal(["other", "desktop", "mobile", "tablet", "bot"], Enum.GetValues<DeviceType>().Select(AgentText.Key));
        Assert.Equal(
            ["other", "chrome", "safari", "firefox", "edge", "opera", "samsung", "yandex", "uc", "silk", "ie", "facebook", "instagram", "linkedin"],
            Enum.GetValues<BrowserFamily>().Select(AgentText.Key));
        Assert.Equal(["other", "windows", "macos", "ios", "android", "linux", "chromeos"], Enum.GetValues<OsFamily>().Select(AgentText.Key));
    }

    [Fact]
    public void Every_key_is_short_lowercase_ascii_and_reads_back_to_its_value()
    {
        foreach (var device in Enum.GetValues<DeviceType>())
        {
            AssertKey(AgentText.Key(device));
            Assert.True(AgentText.TryParse(AgentText.Key(device), out DeviceType parsed));
            Assert.Equal(device, parsed);
            Assert.NotEmpty(AgentText.Name(device));
        }

        foreach (var browser in Enum.GetValues<BrowserFamily>())
        {
            AssertKey(AgentText.Key(browser));
            Assert.True(AgentText.TryParse(AgentText.Key(browser), out BrowserFamily parsed));
            Assert.Equal(browser, parsed);
            Assert.NotEmpty(AgentText.Name(browser));
        }

        foreach (var os in Enum.GetValues<OsFamily>())
        {
            AssertKey(AgentText.Key(os));
            Assert.True(AgentText.TryParse(AgentText.Key(os), out OsFamily parsed));
            Assert.Equal(os, parsed);
            Assert.NotEmpty(AgentText.Name(os));
        }
    }

    [Theory]
    [InlineData(DeviceType.Tablet, "Tablet")]
    [InlineData(DeviceType.Bot, "Bot")]
    public void A_device_has_a_display_name(DeviceType device, string name) =>
        Assert.Equal(name, AgentText.Name(device));

    [Theory]
    [InlineData(BrowserFamily.SamsungInternet, "Samsung Internet")]
    [InlineData(BrowserFamily.InternetExplorer, "Internet Explorer")]
    [InlineData(BrowserFamily.Facebook, "Facebook app")]
    public void A_browser_has_a_display_name(BrowserFamily browser, string name) =>
        Assert.Equal(name, AgentText.Name(browser));

    [Theory]
    [InlineData(OsFamily.MacOs, "macOS")]
    [InlineData(OsFamily.Ios, "iOS")]
    [InlineData(OsFamily.ChromeOs, "ChromeOS")]
    public void A_system_has_a_display_name(OsFamily os, string name) =>
        Assert.Equal(name, AgentText.Name(os));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Desktop")]
    [InlineData(" desktop")]
    [InlineData("1")]
    public void Anything_but_a_stored_key_does_not_parse(string? key) =>
        Assert.False(AgentText.TryParse(key, out DeviceType _));

    [Fact]
    public void The_default_agent_is_other_and_a_bot_is_bot_other_other()
    {
        Assert.Equal(new AgentInfo(DeviceType.Other, BrowserFamily.Other, OsFamily.Other), default);
        Assert.Equal(new AgentInfo(DeviceType.Bot, BrowserFamily.Other, OsFamily.Other), AgentInfo.Bot);
        Assert.True(AgentInfo.Bot.IsBot);
        Assert.False(default(AgentInfo).IsBot);
    }

    private static void AssertKey(string key)
    {
        Assert.InRange(key.Length, 1, 16);
        Assert.True(key.All(c => c is >= 'a' and <= 'z'), $"\"{key}\" is not lowercase a–z.");
    }
}
