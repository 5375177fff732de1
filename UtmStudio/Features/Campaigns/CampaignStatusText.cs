using MudBlazor;
using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Campaigns;

/// <summary>The words and the icon for a status, the same on the board, the menus, the campaign page and in the audit trail.</summary>
public static class CampaignStatusText
{
    public static string Of(CampaignStatus status) => status switch
    {
        CampaignStatus.Active => "Active",
        CampaignStatus.Paused => "Paused",
        CampaignStatus.Completed => "Completed",
        _ => status.ToString(),
    };

    public static string Icon(CampaignStatus status) => status switch
    {
        CampaignStatus.Active => Icons.Material.Filled.PlayCircle,
        CampaignStatus.Paused => Icons.Material.Filled.PauseCircle,
        _ => Icons.Material.Filled.CheckCircle,
    };
}
