namespace UtmStudio.Features.Tracking.Agents;

/// <summary>
/// Device, browser and operating system from a User-Agent header, for click analytics. Runs on the redirect path,
/// so it is a pure function of the string (same input, same answer, safe from any thread; cache it by the header
/// if a profile ever says so), allocates nothing, and apart from the bot expression only looks for fixed tokens
/// (ordinal, case-sensitive: browsers spell their tokens exactly). Order matters because browsers borrow each
/// other's tokens: Edge, Opera, Samsung Internet, Yandex and UC Browser all say "Chrome/", Chrome says "Safari/",
/// and iOS says "like Mac OS X". See README.md beside this file for the rules and their limits.
/// </summary>
public static class UserAgentClassifier
{
    public static AgentInfo Classify(string? userAgent)
    {
        if (BotPatterns.IsBot(userAgent))
        {
            return AgentInfo.Bot;
        }

        var ua = userAgent.AsSpan();
        if (ua.Length > BotPatterns.MaxLength)
        {
            ua = ua[..BotPatterns.MaxLength];
        }

        var os = OsOf(ua);
        return new AgentInfo(DeviceOf(ua, os), BrowserOf(ua, os), os);
    }

    internal static OsFamily OsOf(ReadOnlySpan<char> ua)
    {
        // Windows Phone (dead, but its agent claims Android and iPhone too) is none of ours.
        if (Has(ua, "Windows Phone"))
        {
            return OsFamily.Other;
        }

        // Before macOS: every iOS agent says "like Mac OS X". iPadOS 13+ Safari asks for desktop pages and sends the
        // Mac agent word for word, so those iPads are macOS desktops here (no header tells them apart).
        if (Has(ua, "iPhone") || Has(ua, "iPad") || Has(ua, "iPod"))
        {
            return OsFamily.Ios;
        }

        // Before Linux: ChromeOS says "X11; CrOS", Android says "Linux; Android".
        if (Has(ua, "CrOS"))
        {
            return OsFamily.ChromeOs;
        }

        if (Has(ua, "Android"))
        {
            return OsFamily.Android;
        }

        if (Has(ua, "Windows"))
        {
            return OsFamily.Windows;
        }

        if (Has(ua, "Macintosh") || Has(ua, "Mac OS X"))
        {
            return OsFamily.MacOs;
        }

        return Has(ua, "Linux") || Has(ua, "X11") ? OsFamily.Linux : OsFamily.Other;
    }

    internal static DeviceType DeviceOf(ReadOnlySpan<char> ua, OsFamily os)
    {
        // Televisions and consoles first: they carry desktop and tablet tokens (Xbox says Windows, Fire TV — models
        // "AFTS", "AFTMM", … — is Android without "Mobile", the PlayStation Vita says "Silk").
        if (Has(ua, "SMART-TV") || Has(ua, "SmartTV") || Has(ua, "Smart-TV") || Has(ua, "Xbox")
            || Has(ua, "PlayStation") || Has(ua, "Nintendo") || Has(ua, "AppleTV") || Has(ua, "CrKey")
            || Has(ua, "Web0S") || Has(ua, "HbbTV") || os == OsFamily.Android && Has(ua, "; AFT"))
        {
            return DeviceType.Other;
        }

        if (Has(ua, "iPad") || Has(ua, "Tablet") || Has(ua, "Kindle") || Has(ua, "Silk/") || Has(ua, "PlayBook"))
        {
            return DeviceType.Tablet;
        }

        if (Has(ua, "Mobi") || Has(ua, "iPhone") || Has(ua, "iPod") || Has(ua, "Opera Mini") || Has(ua, "BlackBerry"))
        {
            return DeviceType.Mobile;
        }

        // Android browsers on tablets leave out "Mobile" (Google's guidance for telling them apart).
        if (os == OsFamily.Android)
        {
            return DeviceType.Tablet;
        }

        return os is OsFamily.Windows or OsFamily.MacOs or OsFamily.Linux or OsFamily.ChromeOs
            ? DeviceType.Desktop
            : DeviceType.Other;
    }

    internal static BrowserFamily BrowserOf(ReadOnlySpan<char> ua, OsFamily os)
    {
        // In-app browsers first: they are WebViews that say Chrome or Safari underneath.
        if (Has(ua, "Instagram"))
        {
            return BrowserFamily.Instagram;
        }

        if (Has(ua, "FBAN/") || Has(ua, "FBAV/") || Has(ua, "FB_IAB/"))
        {
            return BrowserFamily.Facebook;
        }

        if (Has(ua, "LinkedInApp"))
        {
            return BrowserFamily.LinkedIn;
        }

        // Chromium browsers that name themselves, before Chrome; "Edg/" desktop, "EdgA/" Android, "EdgiOS/" iOS,
        // "Edge/" the old EdgeHTML Edge.
        if (Has(ua, "Edg/") || Has(ua, "EdgA/") || Has(ua, "EdgiOS/") || Has(ua, "Edge/"))
        {
            return BrowserFamily.Edge;
        }

        if (Has(ua, "OPR/") || Has(ua, "OPiOS/") || Has(ua, "Opera"))
        {
            return BrowserFamily.Opera;
        }

        if (Has(ua, "SamsungBrowser/"))
        {
            return BrowserFamily.SamsungInternet;
        }

        if (Has(ua, "YaBrowser/"))
        {
            return BrowserFamily.Yandex;
        }

        if (Has(ua, "UCBrowser/") || Has(ua, "UCWEB"))
        {
            return BrowserFamily.UcBrowser;
        }

        if (Has(ua, "Silk/"))
        {
            return BrowserFamily.Silk;
        }

        // Firefox: "FxiOS/" on iOS (WebKit underneath, so it also says Safari).
        if (Has(ua, "Firefox/") || Has(ua, "FxiOS/"))
        {
            return BrowserFamily.Firefox;
        }

        // Chrome: "CriOS/" on iOS; Brave, Vivaldi, Arc and Android WebViews all say "Chrome/".
        if (Has(ua, "Chrome/") || Has(ua, "CriOS/") || Has(ua, "Chromium/"))
        {
            return BrowserFamily.Chrome;
        }

        if (Has(ua, "Trident/") || Has(ua, "MSIE "))
        {
            return BrowserFamily.InternetExplorer;
        }

        // Last: everything WebKit says "Safari/"; only Apple's own systems run Safari (Android's old stock browser
        // says "Mobile Safari" too and is Other).
        return Has(ua, "Safari/") && os is OsFamily.Ios or OsFamily.MacOs
            ? BrowserFamily.Safari
            : BrowserFamily.Other;
    }

    private static bool Has(ReadOnlySpan<char> ua, string token) => ua.Contains(token, StringComparison.Ordinal);
}
