using System.Globalization;

namespace UtmStudio.Components.Shared;

/// <summary>
/// Dates and times as every page shows them: one format (UTC, day first, month in words: never ambiguous, and
/// the same whatever the server's or the browser's culture), so no page mixes "1 December" with "1 Dec".
/// </summary>
public static class Display
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"12 Dec 2026".</summary>
    public static string Date(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("d MMM yyyy", English) : "—";

    /// <summary>The same as <see cref="Date"/>: tables once used a shorter form, and pages mixed the two.</summary>
    public static string ShortDate(DateTimeOffset? value) => Date(value);

    /// <summary>"12 Dec 2026, 14:05 UTC".</summary>
    public static string DateTime(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("d MMM yyyy, HH:mm", English) + " UTC" : "—";
}
