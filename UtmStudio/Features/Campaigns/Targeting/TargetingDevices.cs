using MudBlazor;

namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>The device kinds a campaign can target, as stored (the schema's enum) and as shown.</summary>
public static class TargetingDevices
{
    public const string Desktop = "desktop";
    public const string Mobile = "mobile";
    public const string Tablet = "tablet";

    public static IReadOnlyList<string> All { get; } = [Desktop, Mobile, Tablet];

    public static string Label(string device) => device switch
    {
        Desktop => "Desktop",
        Mobile => "Mobile",
        Tablet => "Tablet",
        _ => device,
    };

    public static string Icon(string device) => device switch
    {
        Desktop => Icons.Material.Outlined.DesktopWindows,
        Mobile => Icons.Material.Outlined.PhoneAndroid,
        Tablet => Icons.Material.Outlined.TabletMac,
        _ => Icons.Material.Outlined.Devices,
    };
}
