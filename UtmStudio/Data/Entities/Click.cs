namespace UtmStudio.Data.Entities;

/// <summary>
/// One recorded short-link click: the raw row, kept for drill-down within the retention period (the table is
/// partitioned by month and old months are dropped whole). No IP address is stored, only a keyed hash of IP and user
/// agent whose key changes every day and is then destroyed.
/// </summary>
public sealed class Click
{
    public DateTimeOffset ClickedAt { get; set; }

    public Guid LinkId { get; set; }

    public Guid CampaignId { get; set; }

    public Guid DomainId { get; set; }

    public string? ReferrerHost { get; set; }

    public required string Device { get; set; }

    public required string Browser { get; set; }

    public required string Os { get; set; }

    public string? Country { get; set; }

    public bool FromQr { get; set; }

    public bool IsBot { get; set; }

    public required byte[] VisitorHash { get; set; }
}
