namespace UtmStudio.Components;

/// <summary>
/// The remembered light/dark choice. A cookie (not localStorage) so the first, prerendered paint already
/// has the right colours; wwwroot/js/theme.js writes it when the user toggles.
/// </summary>
public static class ThemeCookie
{
    public const string Name = "utmstudio-theme";
    public const string Dark = "dark";
    public const string Light = "light";

    /// <summary>True for dark, false for light, null when the user has not chosen yet.</summary>
    public static bool? Read(IRequestCookieCollection cookies) =>
        cookies.TryGetValue(Name, out var value) ? value switch
        {
            Dark => true,
            Light => false,
            _ => null,
        } : null;
}
