using UtmStudio.Features.Analytics;

namespace UtmStudio.Tests.Unit.Analytics;

public sealed class BreakdownSpanTests
{
    private static readonly DateOnly Sep = new(2026, 9, 1), Oct = new(2026, 10, 1), Nov = new(2026, 11, 1), Dec = new(2026, 12, 1);

    private static (DateOnly, DateOnly) Whole(DateOnly month) => (month, month.AddMonths(1).AddDays(-1));

    [Fact]
    public void Ninety_days_read_the_summed_months_take_off_the_days_before_the_start_and_add_the_days_after()
    {
        // Today is 1 December: November is summed to its end, December not yet (the job sums days that are over).
        var span = BreakdownSpan.For(new AnalyticsPeriod(new(2026, 9, 3), Dec), [Whole(Sep), Whole(Oct), Whole(Nov)]);

        Assert.Equal((Sep, Nov), (span.MonthsFrom, span.MonthsTo)); // September less its first two days
        Assert.Equal((Sep, new DateOnly(2026, 9, 2)), (span.SubtractFrom, span.SubtractTo));
        Assert.True(span.DaysBeforeFrom > span.DaysBeforeTo);
        Assert.Equal((Dec, Dec), (span.DaysAfterFrom, span.DaysAfterTo));
    }

    [Fact]
    public void A_start_late_in_a_month_adds_its_days_instead()
    {
        var span = BreakdownSpan.For(new AnalyticsPeriod(new(2026, 9, 20), Dec), [Whole(Sep), Whole(Oct), Whole(Nov)]);

        Assert.Equal((Oct, Nov), (span.MonthsFrom, span.MonthsTo));
        Assert.Equal((new DateOnly(2026, 9, 20), new DateOnly(2026, 9, 30)), (span.DaysBeforeFrom, span.DaysBeforeTo));
        Assert.True(span.SubtractFrom > span.SubtractTo);
    }

    [Fact]
    public void The_current_month_is_read_summed_up_to_yesterday_and_daily_from_there()
    {
        var today = new DateOnly(2026, 11, 30);
        var span = BreakdownSpan.For(new AnalyticsPeriod(new(2026, 9, 2), today), [Whole(Sep), Whole(Oct), (Nov, today.AddDays(-1))]);

        Assert.Equal((Sep, Nov), (span.MonthsFrom, span.MonthsTo));
        Assert.Equal((Sep, Sep), (span.SubtractFrom, span.SubtractTo));
        Assert.Equal((today, today), (span.DaysAfterFrom, span.DaysAfterTo));
    }

    [Fact]
    public void A_month_summed_only_partly_is_never_subtracted_from()
    {
        var span = BreakdownSpan.For(new AnalyticsPeriod(new(2026, 11, 3), new(2026, 11, 30)), [(Nov, new DateOnly(2026, 11, 29))]);

        Assert.True(span.MonthsFrom > span.MonthsTo);
        Assert.True(span.SubtractFrom > span.SubtractTo);
        Assert.Equal((new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 30)), (span.DaysBeforeFrom, span.DaysBeforeTo));
    }

    [Fact]
    public void A_month_summed_past_the_period_is_read_daily()
    {
        var period = new AnalyticsPeriod(Nov, new DateOnly(2026, 11, 15));
        var span = BreakdownSpan.For(period, [Whole(Nov)]);

        Assert.True(span.MonthsFrom > span.MonthsTo);
        Assert.Equal((period.From, period.To), (span.DaysBeforeFrom, span.DaysBeforeTo));
        Assert.True(span.DaysAfterFrom > span.DaysAfterTo);
    }

    [Fact]
    public void Without_summed_months_every_day_is_read_daily()
    {
        var period = new AnalyticsPeriod(Oct, new(2026, 10, 31));
        var span = BreakdownSpan.For(period, []);

        Assert.True(span.MonthsFrom > span.MonthsTo);
        Assert.Equal((period.From, period.To), (span.DaysBeforeFrom, span.DaysBeforeTo));
        Assert.True(span.DaysAfterFrom > span.DaysAfterTo);
    }

    [Fact]
    public void A_month_exactly_the_period_is_read_monthly_only()
    {
        var span = BreakdownSpan.For(new AnalyticsPeriod(Oct, new(2026, 10, 31)), [Whole(Oct)]);

        Assert.Equal((Oct, Oct), (span.MonthsFrom, span.MonthsTo));
        Assert.True(span.DaysBeforeFrom > span.DaysBeforeTo);
        Assert.True(span.DaysAfterFrom > span.DaysAfterTo);
    }

    [Fact]
    public void Only_the_first_unbroken_run_of_months_is_used()
    {
        var span = BreakdownSpan.For(new AnalyticsPeriod(Sep, new(2026, 12, 31)), [Whole(Sep), Whole(Nov), Whole(Dec)]);

        Assert.Equal((Sep, Sep), (span.MonthsFrom, span.MonthsTo));
        Assert.Equal((Oct, new DateOnly(2026, 12, 31)), (span.DaysAfterFrom, span.DaysAfterTo));
    }

    [Fact]
    public void A_month_summed_only_partly_ends_the_run()
    {
        var span = BreakdownSpan.For(new AnalyticsPeriod(Sep, new(2026, 11, 30)), [(Sep, new DateOnly(2026, 9, 20)), Whole(Oct)]);

        Assert.Equal((Sep, Sep), (span.MonthsFrom, span.MonthsTo));
        Assert.Equal((new DateOnly(2026, 9, 21), new DateOnly(2026, 11, 30)), (span.DaysAfterFrom, span.DaysAfterTo));
    }
}
