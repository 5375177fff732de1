using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Campaigns.Board;

/// <summary>How many campaigns a domain has in each column (the domain home's summary).</summary>
public sealed record CampaignCounts(string DomainName, int Active, int Paused, int Completed, bool IsReadOnly)
{
    public int Total => Active + Paused + Completed;

    public static CampaignCounts Of(CampaignBoard board) => new(board.DomainName,
        board.Column(CampaignStatus.Active).Count, board.Column(CampaignStatus.Paused).Count, board.Column(CampaignStatus.Completed).Count,
        board.IsReadOnly);

    public int Of(CampaignStatus status) => status switch
    {
        CampaignStatus.Active => Active,
        CampaignStatus.Paused => Paused,
        _ => Completed,
    };
}
