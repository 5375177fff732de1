using MudBlazor;

namespace UtmStudio.Components.Layout;

/// <summary>
/// UtmStudio's colours and type. System fonts only: the app must work offline, with no font CDN.
/// Every colour that text or a chip is drawn in (or on) meets WCAG AA contrast (4.5:1) against the surfaces it
/// appears on; the E2E accessibility tests check it with axe in both themes. Dark mode uses light accents with
/// dark text on them, because white on a light accent cannot reach that contrast.
/// </summary>
public static class AppTheme
{
    private static readonly string[] SystemFonts =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    private const string DarkInk = "#111827";

    public static MudTheme Create() => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#4f46e5",
            Secondary = "#0369a1",
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#b45309",
            Error = "#d32f2f",
            TextSecondary = "#5f6170",
            AppbarBackground = "#4f46e5",
            Background = "#f6f7fb",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#a5b4fc",
            PrimaryContrastText = "#1e1b4b",
            Secondary = "#7dd3fc",
            SecondaryContrastText = DarkInk,
            Info = "#93c5fd",
            InfoContrastText = DarkInk,
            Success = "#86efac",
            SuccessContrastText = DarkInk,
            Warning = "#fcd34d",
            WarningContrastText = DarkInk,
            Error = "#ff8a80",
            ErrorContrastText = DarkInk,
            TextSecondary = "#b4b6c2",
            AppbarBackground = "#1e1b4b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
        },
    };
}
