using UtmStudio.Features.Campaigns.Targeting;
using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Channels;

namespace UtmStudio.Features.Analytics;

/// <summary>
/// The dimensions of click_breakdowns, as the click writer stores them, and how a marketer reads their values. The
/// order is the dashboard's: where the clicks were sent from (the link's UTM values), then who clicked.
/// </summary>
public static class BreakdownDimensions
{
    public const string Channel = "channel";
    public const string Source = "source";
    public const string Medium = "medium";
    public const string Content = "content";
    public const string Term = "term";
    public const string Referrer = "referrer";
    public const string Device = "device";
    public const string Browser = "browser";
    public const string Os = "os";
    public const string Country = "country";
    public const string Qr = "qr";

    /// <summary>Only at domain scope: the value is the campaign's id.</summary>
    public const string Campaign = "campaign";

    /// <summary>At domain and campaign scope: the value is the link's id.</summary>
    public const string Link = "link";

    public static readonly IReadOnlyList<string> All = [Channel, Source, Medium, Content, Term, Referrer, Device, Browser, Os, Country, Qr];

    public static string Title(string dimension) => dimension switch
    {
        Channel => "GA4 channel",
        Source => "Source",
        Medium => "Medium",
        Content => "Content",
        Term => "Term",
        Referrer => "Referrer",
        Device => "Device",
        Browser => "Browser",
        Os => "Operating system",
        Country => "Country",
        Qr => "QR code or link",
        Campaign => "Campaign",
        Link => "Link",
        _ => dimension,
    };

    /// <summary>A stored value as people read it. An empty value is "none": no referrer, no utm_content, no country.</summary>
    public static string Label(string dimension, string value) => (dimension, value) switch
    {
        (Referrer, "") => "Direct / none",
        (Country, "") => "Unknown",
        (Country, _) => Countries.NameOf(value.ToUpperInvariant()),
        (Qr, "qr") => "QR code",
        (Qr, _) => "Link",
        (Channel, _) => Ga4ChannelStorage.ReadOrNull(value) is { } channel ? Ga4ChannelText.Name(channel) : Blank(value, "Unassigned"),
        (Device or Browser or Os, "") => "Unknown",
        (Device, _) => char.ToUpperInvariant(value[0]) + value[1..],
        (Source or Medium or Content or Term, "") => "(none)",
        _ => value,
    };

    private static string Blank(string value, string none) => value.Length == 0 ? none : value;
}
