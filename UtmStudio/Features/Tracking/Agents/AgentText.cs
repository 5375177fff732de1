using System.Diagnostics.CodeAnalysis;

namespace UtmStudio.Features.Tracking.Agents;

/// <summary>
/// The texts of the agent classes: <c>Key</c> is the short lowercase value stored in the database and used in
/// analytics queries (stable: never rename one, add a new value instead), <c>Name</c> is what the UI shows.
/// </summary>
public static class AgentText
{
    public static string Key(DeviceType device) => device switch
    {
        DeviceType.Desktop => "desktop",
        DeviceType.Mobile => "mobile",
        DeviceType.Tablet => "tablet",
        DeviceType.Bot => "bot",
        DeviceType.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(device), device, "Not a device type."),
    };

    public static string Name(DeviceType device) => device switch
    {
        DeviceType.Desktop => "Desktop",
        DeviceType.Mobile => "Mobile",
        DeviceType.Tablet => "Tablet",
        DeviceType.Bot => "Bot",
        DeviceType.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(device), device, "Not a device type."),
    };

    public static string Key(BrowserFamily browser) => browser switch
    {
        BrowserFamily.Chrome => "chrome",
        BrowserFamily.Safari => "safari",
        BrowserFamily.Firefox => "firefox",
        BrowserFamily.Edge => "edge",
        BrowserFamily.Opera => "opera",
        BrowserFamily.SamsungInternet => "samsung",
        BrowserFamily.Yandex => "yandex",
        BrowserFamily.UcBrowser => "uc",
        BrowserFamily.Silk => "silk",
        BrowserFamily.InternetExplorer => "ie",
        BrowserFamily.Facebook => "facebook",
        BrowserFamily.Instagram => "instagram",
        BrowserFamily.LinkedIn => "linkedin",
        BrowserFamily.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(browser), browser, "Not a browser family."),
    };

    public static string Name(BrowserFamily browser) => browser switch
    {
        BrowserFamily.Chrome => "Chrome",
        BrowserFamily.Safari => "Safari",
        BrowserFamily.Firefox => "Firefox",
        BrowserFamily.Edge => "Edge",
        BrowserFamily.Opera => "Opera",
        BrowserFamily.SamsungInternet => "Samsung Internet",
        BrowserFamily.Yandex => "Yandex Browser",
        BrowserFamily.UcBrowser => "UC Browser",
        BrowserFamily.Silk => "Amazon Silk",
        BrowserFamily.InternetExplorer => "Internet Explorer",
        BrowserFamily.Facebook => "Facebook app",
        BrowserFamily.Instagram => "Instagram app",
        BrowserFamily.LinkedIn => "LinkedIn app",
        BrowserFamily.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(browser), browser, "Not a browser family."),
    };

    public static string Key(OsFamily os) => os switch
    {
        OsFamily.Windows => "windows",
        OsFamily.MacOs => "macos",
        OsFamily.Ios => "ios",
        OsFamily.Android => "android",
        OsFamily.Linux => "linux",
        OsFamily.ChromeOs => "chromeos",
        OsFamily.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(os), os, "Not an operating system family."),
    };

    public static string Name(OsFamily os) => os switch
    {
        OsFamily.Windows => "Windows",
        OsFamily.MacOs => "macOS",
        OsFamily.Ios => "iOS",
        OsFamily.Android => "Android",
        OsFamily.Linux => "Linux",
        OsFamily.ChromeOs => "ChromeOS",
        OsFamily.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(os), os, "Not an operating system family."),
    };

    /// <summary>Reads a stored key back (exact, lowercase); false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? key, out DeviceType device) =>
        TryParse(key, Key, out device);

    public static bool TryParse([NotNullWhen(true)] string? key, out BrowserFamily browser) =>
        TryParse(key, Key, out browser);

    public static bool TryParse([NotNullWhen(true)] string? key, out OsFamily os) =>
        TryParse(key, Key, out os);

    private static bool TryParse<T>(string? key, Func<T, string> keyOf, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (keyOf(candidate) == key)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
