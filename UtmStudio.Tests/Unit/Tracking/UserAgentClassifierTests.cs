using UtmStudio.Features.Tracking.Agents;

namespace UtmStudio.Tests.Unit.Tracking;

/// <summary>
/// Real user agents, as browsers and fetchers send them (most from isbot's own fixtures, the rest from the vendors'
/// documentation), and what a click from each is recorded as.
/// </summary>
public sealed class UserAgentClassifierTests
{
    public static TheoryData<string, DeviceType, BrowserFamily, OsFamily> Browsers => new()
    {
        // Desktop
        { "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", DeviceType.Desktop, BrowserFamily.Chrome, OsFamily.Windows },
        { "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", DeviceType.Desktop, BrowserFamily.Chrome, OsFamily.MacOs },
        { "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", DeviceType.Desktop, BrowserFamily.Chrome, OsFamily.Linux },
        // Safari on a Mac; iPadOS 13+ Safari sends exactly this too, so such an iPad is a macOS desktop.
        { "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", DeviceType.Desktop, BrowserFamily.Safari, OsFamily.MacOs },
        { "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", DeviceType.Desktop, BrowserFamily.Firefox, OsFamily.Windows },
        { "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0", DeviceType.Desktop, BrowserFamily.Firefox, OsFamily.MacOs },
        { "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", DeviceType.Desktop, BrowserFamily.Firefox, OsFamily.Linux },
        { "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", DeviceType.Desktop, BrowserFamily.Firefox, OsFamily.Linux },
        { "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", DeviceType.Desktop, BrowserFamily.Edge, OsFamily.Windows },
        { "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", DeviceType.Desktop, BrowserFamily.Edge, OsFamily.MacOs },
        { "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0", DeviceType.Desktop, BrowserFamily.Opera, OsFamily.Windows },
        { "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 YaBrowser/24.6.0.0 Safari/537.36", DeviceType.Desktop, BrowserFamily.Yandex, OsFamily.Windows },
        { "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/78.0.3904.99 Safari/537.36 Vivaldi/2.9.1705.41", DeviceType.Desktop, BrowserFamily.Chrome, OsFamily.Windows },
        { "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko", DeviceType.Desktop, BrowserFamily.InternetExplorer, OsFamily.Windows },
        { "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)", DeviceType.Desktop, BrowserFamily.InternetExplorer, OsFamily.Windows },
        { "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", DeviceType.Desktop, BrowserFamily.Chrome, OsFamily.ChromeOs },

        // iPhone and iPad
        { "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", DeviceType.Mobile, BrowserFamily.Safari, OsFamily.Ios },
        { "Mozilla/5.0 (iPad; CPU OS 12_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1", DeviceType.Tablet, BrowserFamily.Safari, OsFamily.Ios },
        { "Mozilla/5.0 (iPod touch; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6.6 Mobile/15E148 Safari/604.1", DeviceType.Mobile, BrowserFamily.Safari, OsFamily.Ios },
        { "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1", DeviceType.Mobile, BrowserFamily.Chrome, OsFamily.Ios },
        { "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1", DeviceType.Tablet, BrowserFamily.Chrome, OsFamily.Ios },
        { "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15", DeviceType.Mobile, BrowserFamily.Firefox, OsFamily.Ios },
        { "Mozilla/5.0 (iPhone; CPU iPhone OS 13_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 EdgiOS/44.10.19 Mobile/15E148 Safari/605.1.15", DeviceType.Mobile, BrowserFamily.Edge, OsFamily.Ios },
        { "Mozilla/5.0 (iPhone; CPU iPhone OS 11_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15G77 [FBAN/FBIOS;FBAV/183.0.0.41.81;FBBV/119182652;FBDV/iPhone6,2;FBMD/iPhone;FBSN/iOS;FBSV/11.4.1;FBSS/2;FBCR/VIVO;FBID/phone;FBLC/pt_BR;FBOP/5;FBRV/0]", DeviceType.Mobile, BrowserFamily.Facebook, OsFamily.Ios },
        { "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 337.0.3.23.54 (iPhone14,5; iOS 17_5_1; en_US; en; scale=3.00; 1170x2532; 614339124; IABMV/1)", DeviceType.Mobile, BrowserFamily.Instagram, OsFamily.Ios },
        { "Mozilla/5.0 (iPhone; CPU iPhone OS 12_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]", DeviceType.Mobile, BrowserFamily.LinkedIn, OsFamily.Ios },

        // Android phones
        { "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", DeviceType.Mobile, BrowserFamily.Chrome, OsFamily.Android },
        { "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36", DeviceType.Mobile, BrowserFamily.SamsungInternet, OsFamily.Android },
        { "Mozilla/5.0 (Android 15; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0", DeviceType.Mobile, BrowserFamily.Firefox, OsFamily.Android },
        { "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0", DeviceType.Mobile, BrowserFamily.Edge, OsFamily.Android },
        { "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36 OPR/86.0.0.0", DeviceType.Mobile, BrowserFamily.Opera, OsFamily.Android },
        { "Mozilla/5.0 (Linux; U; Android 10; en-US; RMX1971 Build/QKQ1.190918.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 UCBrowser/13.4.0.1306 Mobile Safari/537.36", DeviceType.Mobile, BrowserFamily.UcBrowser, OsFamily.Android },
        { "Mozilla/5.0 (Linux; Android 6.0; HTC One_M8 Build/MRA58K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/55.0.2883.95 YaBrowser/17.1.0.412.00 Mobile Safari/537.36", DeviceType.Mobile, BrowserFamily.Yandex, OsFamily.Android },
        { "Mozilla/5.0 (Linux; Android 9; SM-G950U Build/PPR1.180610.011; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/80.0.3987.149 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/263.0.0.46.121;]", DeviceType.Mobile, BrowserFamily.Facebook, OsFamily.Android },
        { "Mozilla/5.0 (Linux; Android 13; 23028RN4DI Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.66 Mobile Safari/537.36 Instagram 308.0.0.36.109 Android (33/13; 320dpi; 720x1460; Xiaomi/Redmi; 23028RN4DI; cloud; mt6765; en_IN; 534961943)", DeviceType.Mobile, BrowserFamily.Instagram, OsFamily.Android },
        // Android's old stock browser says "Mobile Safari" but is not Safari.
        { "Mozilla/5.0 (Linux; U; Android 4.0.3; en-us; GT-I9100 Build/IML74K) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30", DeviceType.Mobile, BrowserFamily.Other, OsFamily.Android },

        // Android tablets: no "Mobile"
        { "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", DeviceType.Tablet, BrowserFamily.Chrome, OsFamily.Android },
        { "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Safari/537.36", DeviceType.Tablet, BrowserFamily.SamsungInternet, OsFamily.Android },
        { "Mozilla/5.0 (Android 14; Tablet; rv:133.0) Gecko/133.0 Firefox/133.0", DeviceType.Tablet, BrowserFamily.Firefox, OsFamily.Android },
        { "Mozilla/5.0 (Linux; Android 9; KFTRWI) AppleWebKit/537.36 (KHTML, like Gecko) Silk/130.4.1 like Chrome/130.0.6723.102 Safari/537.36", DeviceType.Tablet, BrowserFamily.Silk, OsFamily.Android },
        { "Mozilla/5.0 (Linux; Android 5.1.1; KFFOWI Build/LVY48F) AppleWebKit/537.36 (KHTML, like Gecko) Silk/60.2.12 like Chrome/60.0.3112.107 Safari/537.36", DeviceType.Tablet, BrowserFamily.Silk, OsFamily.Android },
        // The Kindle e-reader's browser: Linux, WebKit, not Safari.
        { "Mozilla/5.0 (Linux; U; en-US) AppleWebKit/528.5+ (KHTML, like Gecko, Safari/528.5+) Version/4.0 Kindle/3.0 (screen 600x800; rotate)", DeviceType.Tablet, BrowserFamily.Other, OsFamily.Linux },

        // Televisions and consoles
        { "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Xbox; Xbox One) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.18363", DeviceType.Other, BrowserFamily.Edge, OsFamily.Windows },
        { "Mozilla/5.0 (SMART-TV; X11; Linux armv7l) AppleWebKit/537.42 (KHTML, like Gecko) Chromium/25.0.1349.2 Chrome/25.0.1349.2 Safari/537.42", DeviceType.Other, BrowserFamily.Chrome, OsFamily.Linux },
        { "Mozilla/5.0 (Linux; Android 5.1; AFTS Build/LMY47O) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/41.99900.2250.0242 Safari/537.36", DeviceType.Other, BrowserFamily.Chrome, OsFamily.Android },
        { "Mozilla/5.0 (PlayStation 4 5.55) AppleWebKit/601.2 (KHTML, like Gecko)", DeviceType.Other, BrowserFamily.Other, OsFamily.Other },

        // Windows Phone claims Android and iPhone as well; it is none of them.
        { "Mozilla/5.0 (Mobile; Windows Phone 8.1; Android 4.0; ARM; Trident/7.0; Touch; rv:11.0; IEMobile/11.0; NOKIA; Lumia 635) like iPhone OS 7_0_3 Mac OS X AppleWebKit/537 (KHTML, like Gecko) Mobile Safari/537", DeviceType.Mobile, BrowserFamily.InternetExplorer, OsFamily.Other },
    };

    [Theory]
    [MemberData(nameof(Browsers))]
    public void A_browser_is_classified_by_its_device_browser_and_system_and_is_never_a_bot(string userAgent, DeviceType device, BrowserFamily browser, OsFamily os)
    {
        var agent = UserAgentClassifier.Classify(userAgent);

        // A false positive loses a real visitor's click, so every browser here must pass the bot list.
        Assert.False(BotPatterns.IsBot(userAgent), $"Matched by the bot list: {userAgent}");
        Assert.False(agent.IsBot);
        Assert.Equal(new AgentInfo(device, browser, os), agent);
    }

    public static TheoryData<string, string> Bots => new()
    {
        // Link-preview fetchers: they open every shared short link before (or without) anyone clicking it.
        { "Slackbot-LinkExpanding", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" },
        { "Slackbot", "Slackbot 1.0 (+https://api.slack.com/robots)" },
        { "Twitterbot", "Twitterbot/1.0" },
        { "facebookexternalhit", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)" },
        { "Facebot", "Facebot" },
        { "iMessage (Apple's preview agent)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0" },
        { "LinkedInBot", "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)" },
        { "WhatsApp (Android)", "WhatsApp/2.23.20.0 A" },
        { "WhatsApp (iOS)", "WhatsApp/2.23.20.0 i" },
        { "Discordbot", "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)" },
        { "TelegramBot", "TelegramBot (like TwitterBot)" },
        { "SkypeUriPreview (Skype, Teams)", "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com" },
        { "Iframely", "Iframely/1.3.1 (+https://iframely.com/docs/about)" },
        { "Embedly", "Mozilla/5.0 (compatible; Embedly/0.2; +http://support.embed.ly/)" },
        { "Pinterestbot", "Mozilla/5.0 (compatible; Pinterestbot/1.0; +http://www.pinterest.com/bot.html)" },
        { "redditbot", "Mozilla/5.0 (compatible; redditbot/1.0; +http://www.reddit.com/feedback)" },
        { "Mastodon", "http.rb/5.1.1 (Mastodon/4.2.1; +https://mastodon.social/)" },
        { "Mastodon 4.3", "Mastodon/4.3.0 (http.rb/5.2.0; +https://mastodon.social/) Bot" },

        // Search engines
        { "Googlebot desktop", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" },
        { "Googlebot smartphone", "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" },
        { "Googlebot (evergreen desktop)", "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; +http://www.google.com/bot.html) Chrome/131.0.6778.69 Safari/537.36" },
        { "bingbot", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)" },
        { "bingbot (evergreen)", "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/131.0.0.0 Safari/537.36" },
        { "Applebot", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)" },
        { "GPTBot", "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)" },

        // Tools and libraries
        { "curl", "curl/8.5.0" },
        { "Wget", "Wget/1.21.4" },
        { "python-requests", "python-requests/2.32.3" },
        { "Go-http-client", "Go-http-client/2.0" },
        { "Go-http-client 1.1", "Go-http-client/1.1" },
        { "HeadlessChrome", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.85 Safari/537.36" },
        { "a bare Mozilla/5.0", "Mozilla/5.0" },
    };

    [Theory]
    [MemberData(nameof(Bots))]
    public void A_crawler_or_fetcher_is_a_bot_with_no_browser_or_system(string name, string userAgent)
    {
        var agent = UserAgentClassifier.Classify(userAgent);

        Assert.True(agent.IsBot, $"{name} is not recognised: {userAgent}");
        Assert.Equal(AgentInfo.Bot, agent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    public void A_missing_user_agent_is_a_bot(string? userAgent)
    {
        // Every browser sends one; a request without it comes from a script.
        Assert.True(BotPatterns.IsBot(userAgent));
        Assert.Equal(AgentInfo.Bot, UserAgentClassifier.Classify(userAgent));
    }

    [Fact]
    public void Only_the_first_512_characters_are_read()
    {
        var chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
        var padded = chrome + new string(' ', BotPatterns.MaxLength - chrome.Length);

        Assert.Equal(new AgentInfo(DeviceType.Desktop, BrowserFamily.Chrome, OsFamily.Windows), UserAgentClassifier.Classify(padded + " Googlebot/2.1"));
        Assert.True(UserAgentClassifier.Classify(padded[..^20] + " Googlebot/2.1").IsBot);
    }

    [Fact]
    public void A_huge_header_is_answered_without_reading_all_of_it()
    {
        var huge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) " + string.Concat(Enumerable.Repeat("a(b)c ", 20_000));

        Assert.Equal(DeviceType.Desktop, UserAgentClassifier.Classify(huge).Device);
    }

    [Fact]
    public void Classification_is_a_pure_function()
    {
        var userAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => UserAgentClassifier.Classify(userAgent)).Distinct().ToList();

        Assert.Equal([new AgentInfo(DeviceType.Mobile, BrowserFamily.Safari, OsFamily.Ios)], results);
    }
}
