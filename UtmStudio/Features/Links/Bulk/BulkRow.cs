using UtmStudio.Features.Links.Channels;

namespace UtmStudio.Features.Links.Bulk;

/// <summary>What becomes of a row: created (or ready to be), skipped as a duplicate, or rejected with its problems.</summary>
public enum BulkRowStatus
{
    Ready,
    Duplicate,
    Rejected,
}

/// <summary>
/// A row built the way the single builder builds (<see cref="LinkBuilder"/>): its campaign, the link (values
/// after the conventions, URL, GA4 channel — null when its campaign is unknown), and why it cannot be created:
/// <see cref="Problems"/> by field for a rejected row, <see cref="DuplicateOf"/> for a duplicate.
/// </summary>
public sealed record BulkRow(
    BulkInputRow Input,
    CampaignUtm? Campaign,
    LinkBuild? Build,
    BulkRowStatus Status,
    IReadOnlyDictionary<string, string> Problems,
    string? DuplicateOf = null)
{
    public int RowNumber => Input.RowNumber;

    public string? FullUrl => Build?.FullUrl;

    public Ga4Channel? Channel => Build?.Channel.Channel;

    /// <summary>One line for the summary and its CSV: every problem of the row, or what it duplicates.</summary>
    public string Reason => Status switch
    {
        BulkRowStatus.Rejected => string.Join(" ", Problems.Values.Distinct()),
        BulkRowStatus.Duplicate => DuplicateOf ?? "The same link exists already.",
        _ => "",
    };

    public BulkRow AsDuplicate(string of) => this with { Status = BulkRowStatus.Duplicate, DuplicateOf = of };
}
