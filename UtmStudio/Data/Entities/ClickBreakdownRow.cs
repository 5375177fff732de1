namespace UtmStudio.Data.Entities;

/// <summary>
/// Clicks per day for one value of one dimension (referrer, device, country, utm_source, link …) in one scope (a
/// link, a campaign or a domain). The link's own values (source, medium, channel …) are the ones it had when it was
/// clicked, so editing a link does not rewrite its history. An empty <see cref="Value"/> is "none" (no referrer,
/// no country).
/// </summary>
public sealed class ClickBreakdownRow
{
    public Guid DomainId { get; set; }

    public Guid ScopeId { get; set; }

    public DateOnly Day { get; set; }

    public bool IsBot { get; set; }

    public required string Dimension { get; set; }

    public required string Value { get; set; }

    public long Clicks { get; set; }
}
