namespace UtmStudio.Features.Tracking;

/// <summary>The dimension names of click_breakdowns, as stored. Analytics reads them; the click writer writes them.</summary>
public static class ClickDimensions
{
    public const string Referrer = "referrer";
    public const string Device = "device";
    public const string Browser = "browser";
    public const string Os = "os";
    public const string Country = "country";
    public const string Qr = "qr";
    public const string Channel = "channel";
    public const string Source = "source";
    public const string Medium = "medium";
    public const string Content = "content";
    public const string Term = "term";

    /// <summary>Domain scope only: value is the campaign id ("D" format).</summary>
    public const string Campaign = "campaign";

    /// <summary>Domain and campaign scopes: value is the link id ("D" format).</summary>
    public const string Link = "link";

    public const string QrValue = "qr";
    public const string DirectValue = "direct";
}
