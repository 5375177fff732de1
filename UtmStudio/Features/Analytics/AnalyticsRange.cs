using System.Globalization;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Analytics;

/// <summary>
/// Which days a report covers: the last 7, 30 or 90 UTC days up to today (<see cref="Days"/>), or custom UTC days
/// <see cref="From"/>–<see cref="To"/>, both included. "Today" is the service's clock, so a shared "last 7 days"
/// link shows the last 7 days whenever it is opened, while a custom range stays the same days.
/// </summary>
public sealed record AnalyticsRange(int? Days, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>A bit more than a year: a year compared with the year before still reads quickly from the rollups.</summary>
    public const int MaxDays = 400;

    public const string DayFormat = "yyyy-MM-dd";

    public static readonly IReadOnlyList<int> Presets = [7, 30, 90];

    public static readonly AnalyticsRange Default = Last(30);

    public bool IsCustom => Days is null;

    public static AnalyticsRange Last(int days) => new(days);

    public static AnalyticsRange Between(DateOnly from, DateOnly to) => new(null, from, to);

    /// <summary>The days this range covers on <paramref name="today"/>; a range that cannot be read is refused.</summary>
    public AnalyticsPeriod Resolve(DateOnly today)
    {
        if (Days is { } days)
        {
            return days is >= 1 and <= MaxDays
                ? new AnalyticsPeriod(today.AddDays(1 - days), today)
                : throw ValidationProblem.ForField("range", $"A report covers 1 to {MaxDays} days.");
        }

        if (From is not { } from || To is not { } to)
        {
            throw ValidationProblem.ForField("from", "Choose the first and the last day of the report.");
        }

        if (from > to)
        {
            throw ValidationProblem.ForField("from", "The first day is after the last day; swap them.");
        }

        var period = new AnalyticsPeriod(from, to);
        return period.Days <= MaxDays
            ? period
            : throw ValidationProblem.ForField("to", $"A report covers up to {MaxDays} days; this range has {period.Days}.");
    }

    /// <summary>The range of an address (?range=7d, or ?from=…&amp;to=…). Parts that cannot be read give the default
    /// (a mistyped shared link still opens a report), never an error.</summary>
    public static AnalyticsRange FromQuery(string? range, string? from, string? to)
    {
        if (Day(from) is { } first && Day(to) is { } last)
        {
            return Between(first, last);
        }

        var text = range?.Trim().ToLowerInvariant();
        return text is { Length: > 1 } && text[^1] == 'd' && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            && Presets.Contains(days)
            ? Last(days)
            : Default;
    }

    /// <summary>Every query key the range owns, null when unset (NavigationManager removes those).</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        ["range"] = Days is { } days ? $"{days}d" : null,
        ["from"] = IsCustom ? From?.ToString(DayFormat, CultureInfo.InvariantCulture) : null,
        ["to"] = IsCustom ? To?.ToString(DayFormat, CultureInfo.InvariantCulture) : null,
    };

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
