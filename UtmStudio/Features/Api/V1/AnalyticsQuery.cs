using System.Globalization;
using UtmStudio.Features.Analytics;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Api.V1;

/// <summary>
/// The analytics endpoints' query, read strictly: the pages forgive a mistyped shared link with the default range,
/// but a script that sends <c>range=7days</c> should hear about it (400 validation.failed naming the parameter), not
/// silently get 30 days. The service then checks the days themselves (order, at most 400).
/// </summary>
public static class AnalyticsQuery
{
    public static AnalyticsFilter Parse(string? range, string? from, string? to, string? bots)
    {
        var includeBots = Blank(bots) switch
        {
            null => false,
            var b when b.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
            var b when b.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
            _ => throw ValidationProblem.ForField("bots", "bots is true or false."),
        };
        return new AnalyticsFilter(Range(Blank(range), Blank(from), Blank(to)), includeBots);
    }

    private static AnalyticsRange Range(string? range, string? from, string? to)
    {
        if (range is not null && (from is not null || to is not null))
        {
            throw ValidationProblem.ForField("range", "Send range, or from and to, not both.");
        }

        if (from is not null || to is not null)
        {
            return AnalyticsRange.Between(Day("from", from), Day("to", to));
        }

        if (range is null)
        {
            return AnalyticsRange.Default;
        }

        var days = range.Length > 1 && range[^1] is 'd' or 'D'
            && int.TryParse(range[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
        return AnalyticsRange.Presets.Contains(days)
            ? AnalyticsRange.Last(days)
            : throw ValidationProblem.ForField("range", $"range is one of {string.Join(", ", AnalyticsRange.Presets.Select(p => p + "d"))}; or send from and to.");
    }

    private static DateOnly Day(string field, string? text) =>
        DateOnly.TryParseExact(text, AnalyticsRange.DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw ValidationProblem.ForField(field, text is null
                ? "Send both from and to (UTC days, yyyy-MM-dd)."
                : $"{field} is a UTC day written yyyy-MM-dd.");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
