using MudBlazor;
using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Campaigns.Board;

/// <summary>One icon per status, the same on the column headings, the menus and the domain home.</summary>
public static class BoardIcons
{
    public static string Of(CampaignStatus status) => status switch
    {
        CampaignStatus.Active => Icons.Material.Filled.PlayCircle,
        CampaignStatus.Paused => Icons.Material.Filled.PauseCircle,
        _ => Icons.Material.Filled.CheckCircle,
    };
}
