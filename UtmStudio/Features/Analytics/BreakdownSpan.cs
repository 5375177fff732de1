namespace UtmStudio.Features.Analytics;

/// <summary>
/// Where a period's breakdowns are read from: the summed months that lie inside it (click_breakdowns_monthly, each
/// summed from its first day up to its <c>through</c> day) and the days before and after them (click_breakdowns). A
/// period that starts late in a summed month reads that month too and takes off the few days before its start
/// (<see cref="SubtractFrom"/>–<see cref="SubtractTo"/>), rather than adding up the many days after it. So a 90-day
/// report reads a few monthly rows per value and at most half a month of daily ones, instead of ninety daily rows.
/// Only one unbroken run of months is used, each but the last summed to its end (months are summed oldest first, so
/// there is one); an empty range has its start after its end and matches nothing.
/// </summary>
public sealed record BreakdownSpan(DateOnly MonthsFrom, DateOnly MonthsTo, DateOnly DaysBeforeFrom, DateOnly DaysBeforeTo,
    DateOnly DaysAfterFrom, DateOnly DaysAfterTo, DateOnly SubtractFrom, DateOnly SubtractTo)
{
    private static readonly DateOnly Never = DateOnly.MaxValue, Ever = DateOnly.MinValue; // Never..Ever is empty

    /// <param name="summed">Months (their first day) and the last day summed into each.</param>
    public static BreakdownSpan For(AnalyticsPeriod period, IEnumerable<(DateOnly Month, DateOnly Through)> summed)
    {
        var inside = summed
            .Where(s => s.Month.Day == 1 && s.Through >= s.Month && s.Through <= period.To
                        && (s.Month >= period.From || WorthSubtracting(s, period.From)))
            .DistinctBy(s => s.Month).OrderBy(s => s.Month).ToList();
        if (inside.Count == 0)
        {
            return new(Never, Ever, period.From, period.To, Never, Ever, Never, Ever);
        }

        var last = 0;
        while (last + 1 < inside.Count && IsWhole(inside[last]) && inside[last + 1].Month == inside[last].Month.AddMonths(1))
        {
            last++;
        }

        var first = inside[0].Month;
        var (beforeFrom, beforeTo, subtractFrom, subtractTo) = first < period.From
            ? (Never, Ever, first, period.From.AddDays(-1))
            : (period.From, first.AddDays(-1), Never, Ever);
        return new(first, inside[last].Month, beforeFrom, beforeTo, inside[last].Through.AddDays(1), period.To, subtractFrom, subtractTo);
    }

    private static bool IsWhole((DateOnly Month, DateOnly Through) summed) => summed.Through == summed.Month.AddMonths(1).AddDays(-1);

    /// <summary>The period starts inside this whole month, and fewer of its days lie before the start than after.</summary>
    private static bool WorthSubtracting((DateOnly Month, DateOnly Through) summed, DateOnly from) =>
        summed.Month.Year == from.Year && summed.Month.Month == from.Month && IsWhole(summed)
        && from.Day - 1 < summed.Through.Day - (from.Day - 1);
}
