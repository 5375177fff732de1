using System.Security.Cryptography;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Links;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Features.Tracking.Redirect;

namespace UtmStudio.Features.Demo;

/// <summary>
/// 90 days of clicks for the demo links, shaped like real traffic so every analytics page has something to say:
/// weekday peaks and an evening high, active campaigns busy and growing, paused ones fading out, completed ones
/// only in their past weeks; devices, referrers and countries that fit each source (social on phones, LinkedIn at
/// desks), QR scans for print, a few percent of bots, and returning visitors. Seeded, so every demo looks the same.
/// </summary>
internal static class DemoClicks
{
    private static readonly (string Country, int Weight)[] Countries =
        [("DE", 40), ("AT", 10), ("CH", 8), ("FR", 9), ("NL", 7), ("GB", 8), ("US", 12), ("", 6)];

    public static IEnumerable<RecordedClick> For(
        IReadOnlyList<(LinkDetails Link, CampaignStatus Status)> links, Guid domainId, DateTimeOffset now, int seed = 2026)
    {
        var random = new Random(seed);
        var visitors = Enumerable.Range(0, 4_000).Select(_ => RandomNumberGenerator.GetBytes(VisitorHash.Length)).ToArray();
        var start = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-89);
        for (var day = 0; day < 90; day++)
        {
            var date = start.AddDays(day);
            var weekday = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.6 : 1.0;
            foreach (var (link, status) in links)
            {
                var expected = DailyClicks(link, status, day) * weekday;
                var count = (int)Math.Round(expected * (0.7 + random.NextDouble() * 0.6));
                for (var i = 0; i < count; i++)
                {
                    var at = date.AddMinutes(MinuteOfDay(random));
                    if (at > now)
                    {
                        continue;
                    }

                    yield return Click(random, link, domainId, at, visitors[random.Next(visitors.Length)]);
                }
            }
        }
    }

    /// <summary>How busy a link is on day 0–89 of the window.</summary>
    private static double DailyClicks(LinkDetails link, CampaignStatus status, int day)
    {
        var size = link.Values.Source switch
        {
            "google" => 22.0,
            "meta" or "facebook" => 18.0,
            "newsletter" => 12.0,
            "linkedin" => 8.0,
            "instagram" => 10.0,
            "podcast" => 5.0,
            "print" => 3.0,
            _ => 4.0,
        } * (link.Values.Content == "hero" ? 1.0 : 0.35);
        return status switch
        {
            CampaignStatus.Active => size * (0.5 + day / 120.0),
            CampaignStatus.Paused => day < 60 ? size * 0.6 : size * 0.6 * Math.Max(0, (75 - day) / 15.0),
            _ => day < 45 ? size * 0.8 : 0,
        };
    }

    /// <summary>Few clicks at night, a lunch bump and an evening high.</summary>
    private static double MinuteOfDay(Random random)
    {
        var hour = random.NextDouble() switch
        {
            < 0.05 => random.Next(0, 7),
            < 0.45 => random.Next(7, 12),
            < 0.70 => random.Next(12, 17),
            _ => random.Next(17, 24),
        };
        return hour * 60 + random.Next(60);
    }

    private static RecordedClick Click(Random random, LinkDetails link, Guid domainId, DateTimeOffset at, byte[] visitor)
    {
        var source = link.Values.Source;
        var isBot = random.Next(100) < 4;
        var mobileShare = source is "meta" or "facebook" or "instagram" ? 0.8 : source is "linkedin" ? 0.3 : source is "print" ? 0.95 : 0.55;
        var device = isBot ? "bot" : random.NextDouble() < mobileShare ? (random.Next(10) == 0 ? "tablet" : "mobile") : "desktop";
        var (browser, os) = device switch
        {
            "bot" => ("other", "other"),
            "desktop" => Pick(random, [("chrome", "windows"), ("chrome", "macos"), ("safari", "macos"), ("edge", "windows"), ("firefox", "windows"), ("firefox", "linux")]),
            _ => Pick(random, [("safari", "ios"), ("safari", "ios"), ("chrome", "android"), ("chrome", "android"), ("samsung", "android"), ("chrome", "ios")]),
        };
        return new RecordedClick(
            At: at,
            LinkId: link.Id,
            CampaignId: link.CampaignId,
            DomainId: domainId,
            Link: new LinkDimensions(Ga4ChannelStorage.Write(link.Channel), source, link.Values.Medium, link.Values.Campaign, link.Values.Content, link.Values.Term),
            ReferrerHost: source == "print" ? null : Referrer(random, source),
            Device: device,
            Browser: browser,
            Os: os,
            Country: Weighted(random, Countries) is { Length: 2 } country ? country : null,
            FromQr: source == "print" || (source == "podcast" && random.Next(3) == 0),
            IsBot: isBot,
            VisitorHash: visitor);
    }

    private static string? Referrer(Random random, string source) => source switch
    {
        "google" => random.Next(10) < 9 ? "google.com" : null,
        "meta" or "facebook" => random.Next(2) == 0 ? "facebook.com" : "instagram.com",
        "instagram" => "instagram.com",
        "linkedin" => random.Next(4) == 0 ? "lnkd.in" : "linkedin.com",
        "newsletter" => random.Next(3) == 0 ? "mail.google.com" : null,
        _ => random.Next(3) == 0 ? "podcasts.apple.com" : null,
    };

    private static (string, string) Pick(Random random, (string, string)[] options) => options[random.Next(options.Length)];

    private static string Weighted(Random random, (string Value, int Weight)[] options)
    {
        var roll = random.Next(options.Sum(o => o.Weight));
        foreach (var (value, weight) in options)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return options[^1].Value;
    }
}
