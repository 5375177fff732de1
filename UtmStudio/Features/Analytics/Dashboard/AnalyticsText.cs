using System.Globalization;

namespace UtmStudio.Features.Analytics.Dashboard;

/// <summary>How the analytics pages write numbers, shares, changes and periods: one format everywhere (en-GB, UTC),
/// like the dates of every other page.</summary>
public static class AnalyticsText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"12,345".</summary>
    public static string Number(long value) => value.ToString("N0", English);

    /// <summary>"37.5%"; under 0.1% but not nothing is "&lt;0.1%", so a small value never reads as none.</summary>
    public static string Share(double share) => share switch
    {
        0 => "0%",
        < 0.001 => "<0.1%",
        _ => (share * 100).ToString("0.#", English) + "%",
    };

    public static string Clicks(long count) => count == 1 ? "1 click" : $"{Number(count)} clicks";

    /// <summary>"+12%" or "−50%" against the previous period; null when that had no clicks (no ratio to give).</summary>
    public static string? Change(long current, long previous)
    {
        if (previous == 0)
        {
            return null;
        }

        var change = (double)(current - previous) / previous;
        var percent = Math.Abs(change * 100).ToString(Math.Abs(change) < 0.1 ? "0.#" : "0", English);
        return change switch
        {
            > 0 => $"+{percent}%",
            < 0 => $"\u2212{percent}%",
            _ => "±0%",
        };
    }

    /// <summary>"1 Nov – 30 Nov 2026", or "30 Nov 2026" for one day.</summary>
    public static string Period(AnalyticsPeriod period) => period.From == period.To
        ? Day(period.From, withYear: true)
        : $"{Day(period.From, withYear: period.From.Year != period.To.Year)} – {Day(period.To, withYear: true)}";

    /// <summary>"the previous 30 days", "the day before".</summary>
    public static string PrecedingName(AnalyticsPeriod period) => period.Days == 1 ? "the day before" : $"the previous {period.Days} days";

    public static string Day(DateOnly day, bool withYear = false) => day.ToString(withYear ? "d MMM yyyy" : "d MMM", English);

    /// <summary>A point of the series as the chart and its table name it: "30 Nov", or "30 Nov, 14:00" by the hour.</summary>
    public static string Point(ClickPoint point, AnalyticsGranularity granularity) => granularity == AnalyticsGranularity.Hour
        ? point.Start.UtcDateTime.ToString("d MMM, HH:mm", English)
        : point.Start.UtcDateTime.ToString("ddd d MMM", English);
}
