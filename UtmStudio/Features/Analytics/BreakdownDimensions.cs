using UtmStudio.Features.Campaigns.Targeting;
using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Channels;
using UtmStudio.Features.Tracking;
using UtmStudio.Features.Tracking.Agents;

namespace UtmStudio.Features.Analytics;

/// <summary>
/// The dimensions of click_breakdowns as the click writer stores them (<see cref="ClickDimensions"/>, the one list of
/// their names), and how a marketer reads their values. The order is the dashboard's: where the clicks were sent from
/// (the link's UTM values), then who clicked.
/// </summary>
public static class BreakdownDimensions
{
    public const string Channel = ClickDimensions.Channel;
    public const string Source = ClickDimensions.Source;
    public const string Medium = ClickDimensions.Medium;
    public const string Content = ClickDimensions.Content;
    public const string Term = ClickDimensions.Term;
    public const string Referrer = ClickDimensions.Referrer;
    public const string Device = ClickDimensions.Device;
    public const string Browser = ClickDimensions.Browser;
    public const string Os = ClickDimensions.Os;
    public const string Country = ClickDimensions.Country;
    public const string Qr = ClickDimensions.Qr;

    /// <summary>Only at domain scope: the value is the campaign's id.</summary>
    public const string Campaign = ClickDimensions.Campaign;

    /// <summary>At domain and campaign scope: the value is the link's id.</summary>
    public const string Link = ClickDimensions.Link;

    /// <summary>The link's own values at the time of the click: broken down for a domain and a campaign, not for a
    /// link (the click writer does not store them per link: one link has one value of each).</summary>
    public static readonly IReadOnlyList<string> LinkValues = [Channel, Source, Medium, Content, Term];

    /// <summary>What the visitor's request says: broken down in every scope.</summary>
    public static readonly IReadOnlyList<string> VisitorValues = [Referrer, Device, Browser, Os, Country, Qr];

    public static readonly IReadOnlyList<string> All = [.. LinkValues, .. VisitorValues];

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

    /// <summary>A stored value as people read it. An empty value is "none": no referrer, no utm_content, no country.
    /// A key the app no longer knows (a renamed browser) shows as stored rather than failing the page.</summary>
    public static string Label(string dimension, string value) => (dimension, value) switch
    {
        (Referrer, "") => "Direct / none",
        (Country, "") => "Unknown",
        (Country, _) => Countries.NameOf(value.ToUpperInvariant()),
        (Qr, ClickDimensions.QrValue) => "QR code",
        (Qr, _) => "Link",
        (Channel, _) => Ga4ChannelStorage.ReadOrNull(value) is { } channel ? Ga4ChannelText.Name(channel) : Blank(value, "Unassigned"),
        (Device or Browser or Os, "") => "Unknown",
        (Device, _) => AgentText.TryParse(value, out DeviceType device) ? AgentText.Name(device) : value,
        (Browser, _) => AgentText.TryParse(value, out BrowserFamily browser) ? AgentText.Name(browser) : value,
        (Os, _) => AgentText.TryParse(value, out OsFamily os) ? AgentText.Name(os) : value,
        (Source or Medium or Content or Term, "") => "(none)",
        _ => value,
    };

    private static string Blank(string value, string none) => value.Length == 0 ? none : value;
}
