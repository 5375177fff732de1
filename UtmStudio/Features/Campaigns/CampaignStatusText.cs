using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Campaigns;

/// <summary>The words for a status, the same on the board, the menus and in the audit trail.</summary>
public static class CampaignStatusText
{
    public static string Of(CampaignStatus status) => status switch
    {
        CampaignStatus.Active => "Active",
        CampaignStatus.Paused => "Paused",
        CampaignStatus.Completed => "Completed",
        _ => status.ToString(),
    };
}
