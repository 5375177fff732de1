namespace UtmStudio.Components;

/// <summary>The theme the page was first rendered with, cascaded from App.razor to the layout.</summary>
public sealed record ThemePreference(bool? IsDark);
