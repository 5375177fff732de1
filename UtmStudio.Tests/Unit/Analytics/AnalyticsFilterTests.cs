using UtmStudio.Features.Analytics;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Unit.Analytics;

/// <summary>The range and bots switch in the address, and the days a range covers.</summary>
public sealed class AnalyticsFilterTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Theory]
    [InlineData("", "?range=30d")]
    [InlineData("?range=7d", "?range=7d")]
    [InlineData("?range=90D&bots=TRUE", "?range=90d&bots=true")]
    [InlineData("?from=2026-11-01&to=2026-11-30&range=7d", "?from=2026-11-01&to=2026-11-30")]
    [InlineData("?bots=true&range=30d", "?range=30d&bots=true")]
    public void The_address_gives_a_filter_that_writes_it_back_in_a_fixed_order(string query, string written)
    {
        var filter = AnalyticsFilter.FromQuery(query);

        Assert.Equal(written, filter.ToQuery());
        Assert.Equal(filter, AnalyticsFilter.FromQuery(filter.ToQuery()));
    }

    [Theory]
    [InlineData("?range=8d")]
    [InlineData("?range=-7d")]
    [InlineData("?range=30")]
    [InlineData("?from=2026-11-01")]
    [InlineData("?from=1.11.2026&to=30.11.2026")]
    [InlineData("?bots=yes")]
    public void What_cannot_be_read_gives_the_default_view_never_an_error(string query) =>
        Assert.Equal(AnalyticsFilter.Default, AnalyticsFilter.FromQuery(query));

    [Fact]
    public void The_last_n_days_end_today_and_a_custom_range_is_its_own_days_both_included()
    {
        Assert.Equal(new AnalyticsPeriod(new(2026, 11, 24), Today), AnalyticsRange.Last(7).Resolve(Today));
        Assert.Equal(new AnalyticsPeriod(new(2026, 9, 2), Today), AnalyticsRange.Last(90).Resolve(Today));
        var custom = AnalyticsRange.Between(new(2026, 11, 1), new(2026, 11, 1)).Resolve(Today);
        Assert.Equal((1, AnalyticsGranularity.Hour), (custom.Days, custom.Granularity));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), custom.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero), custom.End);
        Assert.Equal(new AnalyticsPeriod(new(2026, 10, 31), new(2026, 10, 31)), custom.Preceding());
        Assert.Equal(AnalyticsGranularity.Hour, AnalyticsRange.Between(new(2026, 11, 1), new(2026, 11, 2)).Resolve(Today).Granularity);
        Assert.Equal(AnalyticsGranularity.Day, AnalyticsRange.Between(new(2026, 11, 1), new(2026, 11, 3)).Resolve(Today).Granularity);
        Assert.Equal(400, AnalyticsRange.Between(new(2025, 10, 27), Today).Resolve(Today).Days);
    }

    [Fact]
    public void A_range_backwards_or_over_400_days_is_refused_with_the_field_to_fix()
    {
        var backwards = Assert.Throws<ValidationProblem>(() => AnalyticsRange.Between(Today, Today.AddDays(-1)).Resolve(Today));
        var tooLong = Assert.Throws<ValidationProblem>(() => AnalyticsRange.Between(new(2025, 10, 26), Today).Resolve(Today));
        var tooMany = Assert.Throws<ValidationProblem>(() => AnalyticsRange.Last(401).Resolve(Today));

        Assert.Equal(["from"], backwards.Errors.Keys);
        Assert.Equal(["to"], tooLong.Errors.Keys);
        Assert.Equal(["range"], tooMany.Errors.Keys);
    }

    [Theory]
    [InlineData(null, null, "domain", null)]
    [InlineData("campaign", "6f1c1b3e-0000-4000-8000-000000000001", "campaign", "6f1c1b3e-0000-4000-8000-000000000001")]
    [InlineData("LINK", "6f1c1b3e-0000-4000-8000-000000000002", "link", "6f1c1b3e-0000-4000-8000-000000000002")]
    public void An_export_address_names_its_scope(string? kind, string? id, string key, string? scopeId)
    {
        var scope = AnalyticsScope.Parse(kind, id)!;

        Assert.Equal((key, scopeId), (scope.Key, scope.Id?.ToString()));
    }

    [Theory]
    [InlineData("campaign", null)]
    [InlineData("link", "nope")]
    [InlineData("user", "6f1c1b3e-0000-4000-8000-000000000002")]
    public void An_export_address_with_a_scope_that_cannot_be_read_names_none(string kind, string? id) =>
        Assert.Null(AnalyticsScope.Parse(kind, id));
}
