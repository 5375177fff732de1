namespace UtmStudio.Features.Links.Conventions.Settings;

/// <summary>Where the conventions page is, under /d/{domain}/ (the settings page and the builder link to it).</summary>
public static class ConventionsRoute
{
    public const string SubPath = "settings/conventions";
}
