namespace UtmStudio.Features.Tracking.Agents;

/// <summary>
/// What a click's user agent says about the device, browser and operating system. A bot is
/// (<see cref="DeviceType.Bot"/>, <see cref="BrowserFamily.Other"/>, <see cref="OsFamily.Other"/>): the browser a
/// crawler claims (Googlebot's smartphone agent is "Chrome on Android") is a disguise, not a visitor's browser.
/// Store the texts of <see cref="AgentText"/>, never the enum numbers.
/// </summary>
public readonly record struct AgentInfo(DeviceType Device, BrowserFamily Browser, OsFamily Os)
{
    /// <summary>A crawler, link-preview fetcher, script or headless browser (also a missing user agent).</summary>
    public static AgentInfo Bot { get; } = new(DeviceType.Bot, BrowserFamily.Other, OsFamily.Other);

    public bool IsBot => Device == DeviceType.Bot;
}

/// <summary>The kind of device a click came from. Stored as <see cref="AgentText.Key(DeviceType)"/>.</summary>
public enum DeviceType
{
    /// <summary>A browser on something else: a television, games console, car, e-reader without "Kindle", …</summary>
    Other,
    Desktop,
    Mobile,
    Tablet,
    Bot,
}

/// <summary>
/// The browser family. Chromium browsers that do not say who they are (Brave, Vivaldi without its token, Arc) are
/// Chrome; in-app browsers (Facebook, Instagram, LinkedIn) are their app. Stored as
/// <see cref="AgentText.Key(BrowserFamily)"/>.
/// </summary>
public enum BrowserFamily
{
    Other,
    Chrome,
    Safari,
    Firefox,
    Edge,
    Opera,
    SamsungInternet,
    Yandex,
    UcBrowser,
    Silk,
    InternetExplorer,
    Facebook,
    Instagram,
    LinkedIn,
}

/// <summary>The operating system. Stored as <see cref="AgentText.Key(OsFamily)"/>.</summary>
public enum OsFamily
{
    Other,
    Windows,
    MacOs,
    Ios,
    Android,
    Linux,
    ChromeOs,
}
