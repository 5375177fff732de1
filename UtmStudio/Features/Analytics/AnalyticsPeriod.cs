namespace UtmStudio.Features.Analytics;

public enum AnalyticsGranularity
{
    Hour,
    Day,
}

/// <summary>
/// The UTC days a report covers, both included. Two days or fewer are shown hour by hour (a launch day is read by
/// the hour), longer periods day by day.
/// </summary>
public sealed record AnalyticsPeriod(DateOnly From, DateOnly To)
{
    public const int HourlyUpToDays = 2;

    public int Days => To.DayNumber - From.DayNumber + 1;

    public AnalyticsGranularity Granularity => Days <= HourlyUpToDays ? AnalyticsGranularity.Hour : AnalyticsGranularity.Day;

    /// <summary>The first instant counted: midnight UTC of <see cref="From"/>.</summary>
    public DateTimeOffset Start => Midnight(From);

    /// <summary>The first instant no longer counted: midnight UTC after <see cref="To"/>.</summary>
    public DateTimeOffset End => Midnight(To.AddDays(1));

    /// <summary>The same number of days just before, for "compared with the previous 30 days". A method, not a
    /// property: a report is serialized (prerender to interactive), and a property would recurse.</summary>
    public AnalyticsPeriod Preceding() => new(From.AddDays(-Days), From.AddDays(-1));

    public static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
