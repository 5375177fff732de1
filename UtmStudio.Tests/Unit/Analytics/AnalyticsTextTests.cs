using System.Text.Json;
using UtmStudio.Features.Analytics;
using UtmStudio.Features.Analytics.Dashboard;
using UtmStudio.Tests.Components;

namespace UtmStudio.Tests.Unit.Analytics;

/// <summary>How the analytics pages write their numbers, and what they carry from the prerender.</summary>
public sealed class AnalyticsTextTests
{
    [Theory]
    [InlineData(120, 100, "+20%")]
    [InlineData(50, 100, "\u221250%")]
    [InlineData(100, 100, "±0%")]
    [InlineData(1001, 1000, "+0.1%")]
    [InlineData(3, 1, "+200%")]
    [InlineData(5, 0, null)]
    public void A_change_against_the_previous_period_is_a_signed_percentage(long current, long previous, string? expected) =>
        Assert.Equal(expected, AnalyticsText.Change(current, previous));

    [Theory]
    [InlineData(0, "0%")]
    [InlineData(0.0004, "<0.1%")]
    [InlineData(0.375, "37.5%")]
    [InlineData(1.0 / 3, "33.3%")]
    [InlineData(1, "100%")]
    public void A_share_is_a_percentage_and_a_tiny_one_is_never_zero(double share, string expected) =>
        Assert.Equal(expected, AnalyticsText.Share(share));

    [Fact]
    public void Periods_and_numbers_read_the_same_on_every_page()
    {
        Assert.Equal("24 Nov – 30 Nov 2026", AnalyticsText.Period(new(new(2026, 11, 24), new(2026, 11, 30))));
        Assert.Equal("20 Dec 2025 – 5 Jan 2026", AnalyticsText.Period(new(new(2025, 12, 20), new(2026, 1, 5))));
        Assert.Equal("30 Nov 2026", AnalyticsText.Period(new(new(2026, 11, 30), new(2026, 11, 30))));
        Assert.Equal("the previous 7 days", AnalyticsText.PrecedingName(new(new(2026, 11, 24), new(2026, 11, 30))));
        Assert.Equal("the day before", AnalyticsText.PrecedingName(new(new(2026, 11, 30), new(2026, 11, 30))));
        Assert.Equal("12,345,678", AnalyticsText.Number(12_345_678));
        Assert.Equal(("1 click", "2 clicks"), (AnalyticsText.Clicks(1), AnalyticsText.Clicks(2)));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(4, 1)]
    [InlineData(40, 10)]
    [InlineData(99, 20)]
    [InlineData(4630, 1000)]
    [InlineData(2_000_000, 500_000)]
    public void The_y_axis_steps_by_1_2_or_5_times_a_power_of_ten(long max, int step) =>
        Assert.Equal(step, ClicksChart.NiceStep(max));

    [Fact]
    public void A_report_survives_the_trip_from_the_prerender_to_the_interactive_render()
    {
        var state = new AnalyticsPageState(AnalyticsReports.Busy(), "domain?range=7d");

        var json = JsonSerializer.Serialize(state);
        var back = JsonSerializer.Deserialize<AnalyticsPageState>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.Equal(state.Report.Period, back.Report.Period);
        Assert.Equal(state.Report.Filter, back.Report.Filter);
        Assert.Equal(state.Report.Series, back.Report.Series);
        Assert.Equal(state.Report.Breakdowns.Select(b => b.Rows.Count), back.Report.Breakdowns.Select(b => b.Rows.Count));
    }
}
