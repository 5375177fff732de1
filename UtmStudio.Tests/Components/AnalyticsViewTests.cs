using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtmStudio.Components.Shared;
using UtmStudio.Features.Analytics;
using UtmStudio.Features.Analytics.Dashboard;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Components;

/// <summary>The analytics view with reports made in the test (<see cref="AnalyticsReports"/>): what it shows, the empty
/// state, the states before a report, and the range and bots switch in the address.</summary>
public sealed class AnalyticsViewTests : MudTestBase
{
    private const string Domain = AnalyticsReports.Domain;

    public AnalyticsViewTests()
    {
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 15, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_report_shows_its_totals_against_the_previous_period_and_its_busiest_day()
    {
        var view = RenderView(AnalyticsReports.Busy());

        Assert.Equal("Analytics", view.Find("[data-testid=analytics-title]").TextContent);
        Assert.Equal(Domain, view.Find("[data-testid=analytics-kind]").TextContent);
        Assert.Equal("24 Nov – 30 Nov 2026 · UTC · bots left out", Text(view, "[data-testid=analytics-period]"));
        Assert.Equal("120", view.Find("[data-testid=total-clicks-value]").TextContent);
        Assert.Equal("+20% vs the previous 7 days (100)", Text(view, "[data-testid=total-clicks] [data-testid=analytics-change]"));
        Assert.Contains("analytics-change-up", view.Find("[data-testid=total-clicks] [data-testid=analytics-change]").ClassName, StringComparison.Ordinal);
        Assert.Equal("90", view.Find("[data-testid=total-unique-value]").TextContent);
        Assert.Equal("±0% vs the previous 7 days (90)", Text(view, "[data-testid=total-unique] [data-testid=analytics-change]"));
        Assert.Equal("Sat 28 Nov", view.Find("[data-testid=total-busiest-value]").TextContent);
        Assert.Contains("40 clicks", view.Find("[data-testid=total-busiest]").TextContent, StringComparison.Ordinal);
        Assert.Empty(view.FindAll("[data-testid=analytics-empty]"));
    }

    [Fact]
    public void Top_campaigns_and_links_open_their_own_analytics_for_the_same_days_and_a_deleted_one_is_only_named()
    {
        var view = RenderView(AnalyticsReports.Busy());

        var campaigns = view.FindAll("[data-testid=top-campaigns] [data-testid=breakdown-row]");
        Assert.Equal(["Spring Sale", "Deleted campaign"], campaigns.Select(r => r.QuerySelector("td")!.TextContent.Trim()));
        Assert.Equal($"/d/{Domain}/campaigns/{AnalyticsReports.SpringId}/analytics?range=7d",
            campaigns[0].QuerySelector("[data-testid=breakdown-link]")!.GetAttribute("href"));
        Assert.Null(campaigns[1].QuerySelector("a"));
        Assert.NotNull(campaigns[1].QuerySelector(".analytics-deleted"));
        Assert.Equal(["80", "40"], campaigns.Select(r => r.QuerySelector("[data-testid=breakdown-clicks]")!.TextContent));
        Assert.Equal(["66.7%", "33.3%"], campaigns.Select(r => r.QuerySelector(".analytics-share-text")!.TextContent));
        var mail = view.Find("[data-testid=top-links] [data-testid=breakdown-row]");
        Assert.Equal($"/d/{Domain}/links/{AnalyticsReports.MailId}/analytics?range=7d", mail.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Spring Sale", mail.QuerySelector(".analytics-detail")!.TextContent, StringComparison.Ordinal);
        var other = view.Find("[data-testid=top-links] [data-testid=breakdown-other]");
        Assert.Equal(["Other links", "50", "41.7%"], other.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void Every_breakdown_lists_its_values_by_name_with_clicks_and_share_in_words()
    {
        var view = RenderView(AnalyticsReports.Busy());

        Assert.Equal(BreakdownDimensions.All.Select(d => $"breakdown-{d}"),
            view.FindAll("[data-testid=analytics-breakdowns] .analytics-card").Select(c => c.GetAttribute("data-testid")));
        Assert.Equal([["Direct / none", "60", "50%"], ["www.google.com", "45", "37.5%"], ["Other values", "15", "12.5%"]],
            view.FindAll("[data-testid=breakdown-referrer] tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()));
        var germany = view.Find("[data-testid=breakdown-country] [data-value=DE] span");
        Assert.Equal(("Germany", "DE"), (germany.TextContent, germany.GetAttribute("title")));
        Assert.Equal(["Link", "QR code"], view.FindAll("[data-testid=breakdown-qr] [data-testid=breakdown-row] td:first-child").Select(c => c.TextContent.Trim()));
        Assert.Equal("Country", view.Find("[data-testid=breakdown-country] h3").TextContent);
        Assert.Equal("Country: clicks and share of 120 clicks", view.Find("[data-testid=breakdown-country] caption").TextContent);
        Assert.Equal($"/d/{Domain}/analytics/export.csv?scope=domain&view=breakdown&range=7d",
            view.Find("[data-testid=export-breakdowns]").GetAttribute("href"));
    }

    [Fact]
    public async Task The_chart_says_what_it_shows_and_has_its_numbers_as_a_table_and_a_csv()
    {
        var view = RenderView(AnalyticsReports.Busy());

        Assert.Equal("Clicks by day", view.Find("[data-testid=analytics-chart] h2").TextContent);
        Assert.Contains("120 clicks, 90 unique", view.Find("[data-testid=chart-figure] figcaption").TextContent, StringComparison.Ordinal);
        Assert.Equal($"/d/{Domain}/analytics/export.csv?scope=domain&view=series&range=7d", view.Find("[data-testid=export-series]").GetAttribute("href"));
        Assert.True(view.Find("[data-testid=export-series]").HasAttribute("download"));
        Assert.Equal("false", view.Find("[data-testid=chart-table-toggle]").GetAttribute("aria-expanded"));

        await view.Find("[data-testid=chart-table-toggle]").ClickAsync(new());

        Assert.Equal("true", view.Find("[data-testid=chart-table-toggle]").GetAttribute("aria-expanded"));
        var rows = view.FindAll("[data-testid=chart-table-row]");
        Assert.Equal(7, rows.Count);
        Assert.Equal(["Tue 24 Nov", "10", "8"], rows[0].QuerySelectorAll("td").Select(c => c.TextContent));
        Assert.Equal(["Sat 28 Nov", "40", "30"], rows[4].QuerySelectorAll("td").Select(c => c.TextContent));
        Assert.Empty(view.FindAll("[data-testid=chart-figure]"));
    }

    [Fact]
    public void Nothing_clicked_yet_explains_where_clicks_come_from_and_leads_to_the_links()
    {
        var domain = RenderView(AnalyticsReports.Empty());
        var campaign = RenderView(AnalyticsReports.Empty(AnalyticsScope.Campaign(AnalyticsReports.SpringId), includeBots: true),
            AnalyticsScope.Campaign(AnalyticsReports.SpringId));

        var empty = domain.Find("[data-testid=analytics-empty]");
        Assert.Contains("No clicks in these days yet", empty.TextContent, StringComparison.Ordinal);
        Assert.Contains($"when people open one of {Domain}'s short links", empty.TextContent, StringComparison.Ordinal);
        Assert.Contains("Include bots", empty.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/d/{Domain}/links", domain.Find("[data-testid=analytics-empty-links]").GetAttribute("href"));
        Assert.Empty(domain.FindAll("[data-testid=analytics-totals]"));
        Assert.Empty(domain.FindAll("[data-testid=analytics-chart]"));
        Assert.NotNull(domain.Find("[data-testid=analytics-toolbar]")); // another range is one click away
        Assert.DoesNotContain("Include bots", campaign.Find("[data-testid=analytics-empty]").TextContent, StringComparison.Ordinal);
        Assert.Equal($"/d/{Domain}/campaigns/{AnalyticsReports.SpringId}", campaign.Find("[data-testid=analytics-empty-links]").GetAttribute("href"));
        Assert.Equal("Spring Sale", campaign.Find("[data-testid=analytics-title]").TextContent);
        Assert.Equal("Campaign analytics", campaign.Find("[data-testid=analytics-kind]").TextContent);
        Assert.Equal($"/d/{Domain}/campaigns/{AnalyticsReports.SpringId}", campaign.Find("[data-testid=analytics-back]").GetAttribute("href"));
    }

    [Fact]
    public void Before_the_first_report_the_view_says_it_is_loading_and_a_problem_is_shown_as_every_page_shows_one()
    {
        var loading = RenderView(null, loading: true);
        var failed = RenderView(null, problem: ProblemMessage.From(ValidationProblem.ForField("from", "The first day is after the last day; swap them.")));

        Assert.NotNull(loading.Find("[data-testid=analytics-loading]"));
        Assert.NotNull(loading.Find("[data-testid=analytics-first-load]"));
        Assert.Equal(ErrorCodes.ValidationFailed, failed.Find("[data-testid=analytics-error]").GetAttribute("data-problem-code"));
        Assert.Contains("swap them", failed.Find("[data-testid=analytics-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(failed.FindAll("[data-testid=analytics-first-load]"));
    }

    [Fact]
    public async Task The_range_chips_and_the_bots_switch_put_the_view_in_the_address()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo($"/d/{Domain}/analytics?range=30d&utm=kept");
        var view = RenderView(AnalyticsReports.Busy(filter: AnalyticsFilter.Default), filter: AnalyticsFilter.Default);
        Assert.Equal("true", view.Find("[data-testid=range-30d]").GetAttribute("aria-pressed"));
        Assert.Equal("false", view.Find("[data-testid=range-7d]").GetAttribute("aria-pressed"));

        await view.Find("[data-testid=range-7d]").ClickAsync(new());
        Assert.EndsWith($"/d/{Domain}/analytics?range=7d&utm=kept", navigation.Uri, StringComparison.Ordinal);

        await view.Find("input[data-testid=analytics-bots]").ChangeAsync(new ChangeEventArgs { Value = true });
        Assert.EndsWith($"/d/{Domain}/analytics?range=30d&utm=kept&bots=true", navigation.Uri, StringComparison.Ordinal);

        var custom = new AnalyticsFilter(AnalyticsRange.Between(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 20)), IncludeBots: true);
        navigation.NavigateTo($"/d/{Domain}/analytics?from=2026-11-01&to=2026-11-20&bots=true");
        view.Render(p => p.Add(v => v.Filter, custom));
        Assert.Equal("true", view.Find("[data-testid=range-custom]").GetAttribute("aria-pressed"));
        Assert.NotNull(view.Find("[data-testid=analytics-dates]"));

        await view.Find("[data-testid=range-90d]").ClickAsync(new());
        Assert.EndsWith($"/d/{Domain}/analytics?bots=true&range=90d", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Custom_opens_the_day_picker_on_the_days_shown_without_changing_the_address_yet()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo($"/d/{Domain}/analytics?range=7d");
        var before = navigation.Uri;
        var view = RenderView(AnalyticsReports.Busy());
        Assert.Empty(view.FindAll("[data-testid=analytics-dates]"));

        await view.Find("[data-testid=range-custom]").ClickAsync(new());

        Assert.Equal(before, navigation.Uri);
        Assert.Equal("true", view.Find("[data-testid=range-custom]").GetAttribute("aria-pressed"));
        var days = view.FindAll(".analytics-dates input").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["24 Nov 2026", "30 Nov 2026"], days);
    }

    private IRenderedComponent<AnalyticsView> RenderView(
        AnalyticsReport? report, AnalyticsScope? scope = null, AnalyticsFilter? filter = null, bool loading = false, ProblemMessage? problem = null) =>
        Render<AnalyticsView>(p => p.Add(v => v.Domain, Domain).Add(v => v.Scope, scope ?? AnalyticsScope.Domain)
            .Add(v => v.Filter, filter ?? report?.Filter ?? AnalyticsFilter.Default).Add(v => v.Report, report).Add(v => v.Loading, loading)
            .Add(v => v.Problem, problem));

    private static string Text(IRenderedComponent<AnalyticsView> view, string selector) =>
        System.Text.RegularExpressions.Regex.Replace(view.Find(selector).TextContent, @"\s+", " ").Trim();
}
