using System.Globalization;

namespace UtmStudio.Components.Shared;

/// <summary>Dates and times as pages show them (UTC, day first, month in words: never ambiguous).</summary>
public static class Display
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"12 December 2026".</summary>
    public static string Date(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("d MMMM yyyy", English) : "—";

    /// <summary>"12 Dec 2026".</summary>
    public static string ShortDate(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("d MMM yyyy", English) : "—";

    /// <summary>"12 Dec 2026, 14:05 UTC".</summary>
    public static string DateTime(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("d MMM yyyy, HH:mm", English) + " UTC" : "—";
}
