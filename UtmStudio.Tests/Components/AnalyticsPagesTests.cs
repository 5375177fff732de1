using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using UtmStudio.Features.Analytics;
using UtmStudio.Features.Analytics.Dashboard;
using UtmStudio.Features.Campaigns.Board;
using UtmStudio.Features.Campaigns.Details;
using UtmStudio.Features.Links.Details;
using UtmStudio.Features.Links.Lists;
using UtmStudio.Identity;
using UtmStudio.Tests.Integration.Analytics;

namespace UtmStudio.Tests.Components;

/// <summary>The analytics pages and the recent clicks of the lists over the real services and the clicks of
/// <see cref="AnalyticsWorld"/>, on its clock, as its team member Tom sees them.</summary>
public sealed class AnalyticsPagesTests : MudTestBase, IClassFixture<AnalyticsWorld>
{
    private static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(10);

    private readonly AnalyticsWorld _world;

    public AnalyticsPagesTests(AnalyticsWorld world)
    {
        _world = world;
        AddAppServices(world.Database, world.Clock);
        AddAuthorization().SetAuthorized("tom").SetClaims(new Claim(AppClaims.UserId, world.Domain.Tom.ToString()));
    }

    [Fact]
    public void The_domain_page_shows_the_report_of_the_range_in_its_address()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/d/{_world.Name}/analytics?range=7d");

        var page = RenderInteractive<DomainAnalyticsPage>(p => p.Add(x => x.Domain, _world.Name));

        page.WaitForAssertion(() => Assert.Equal("6", page.Find("[data-testid=total-clicks-value]").TextContent), DatabaseWait);
        Assert.Equal("4", page.Find("[data-testid=total-unique-value]").TextContent);
        Assert.Equal("true", page.Find("[data-testid=range-7d]").GetAttribute("aria-pressed"));
        Assert.Contains("24 Nov – 30 Nov 2026", page.Find("[data-testid=analytics-period]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Spring Sale", "Autumn"], page.FindAll("[data-testid=top-campaigns] [data-testid=breakdown-row] td:first-child")
            .Select(c => c.TextContent.Trim()));
        var deleted = page.FindAll("[data-testid=top-links] [data-testid=breakdown-row]").Single(r => r.GetAttribute("data-value") == _world.Deleted.Id.ToString());
        Assert.Equal("Deleted link", deleted.QuerySelector("td")!.TextContent.Trim());
        Assert.Null(deleted.QuerySelector("a"));
    }

    [Fact]
    public void A_campaigns_page_with_bots_counts_them_and_an_empty_range_explains_itself()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo($"/d/{_world.Name}/campaigns/{_world.AutumnId}/analytics?range=30d&bots=true");
        var page = RenderInteractive<CampaignAnalyticsPage>(p => p.Add(x => x.Domain, _world.Name).Add(x => x.CampaignId, _world.AutumnId));

        page.WaitForAssertion(() => Assert.Equal("3", page.Find("[data-testid=total-clicks-value]").TextContent), DatabaseWait); // #6, #7 and the bot #11
        Assert.Equal("Autumn", page.Find("[data-testid=analytics-title]").TextContent);
        Assert.Contains("bots included", page.Find("[data-testid=analytics-period]").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.Find("input[data-testid=analytics-bots]").GetAttribute("aria-checked"));
        Assert.Empty(page.FindAll("[data-testid=top-campaigns]"));

        navigation.NavigateTo($"/d/{_world.Name}/campaigns/{_world.AutumnId}/analytics?from=2026-09-01&to=2026-09-30");

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=analytics-empty]")), DatabaseWait);
        Assert.Equal($"/d/{_world.Name}/campaigns/{_world.AutumnId}", page.Find("[data-testid=analytics-empty-links]").GetAttribute("href"));
    }

    [Fact]
    public void A_links_page_names_its_campaign_and_breaks_down_its_visitors_not_its_own_utm_values()
    {
        var page = RenderInteractive<LinkAnalyticsPage>(p => p.Add(x => x.Domain, _world.Name).Add(x => x.LinkId, _world.Mail.Id));

        page.WaitForAssertion(() => Assert.Equal("3", page.Find("[data-testid=total-clicks-value]").TextContent), DatabaseWait);
        Assert.Equal("Spring mail", page.Find("[data-testid=analytics-title]").TextContent);
        Assert.Equal($"/d/{_world.Name}/campaigns/{_world.SpringId}/analytics", page.Find("[data-testid=analytics-campaign]").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=breakdown-source]"));
        Assert.NotNull(page.Find("[data-testid=breakdown-referrer]"));
        Assert.Empty(page.FindAll("[data-testid=top-links]"));
    }

    [Fact]
    public void The_link_table_shows_each_links_clicks_of_the_last_30_days_and_leads_to_its_analytics()
    {
        var table = RenderInteractive<LinkTable>(p => p.Add(t => t.Domain, _world.Name));

        table.WaitForAssertion(() => Assert.Equal(3, table.FindAll("[data-testid=link-row]").Count), DatabaseWait);
        string ClicksOf(Guid id) => table.FindAll("tr").Single(r => r.QuerySelector($"[data-link-id='{id}']") is not null)
            .QuerySelector("[data-testid=link-clicks] a")!.TextContent;
        Assert.Equal(("3", "2", "2"), (ClicksOf(_world.Mail.Id), ClicksOf(_world.Search.Id), ClicksOf(_world.Carousel.Id)));
        var mail = table.FindAll("tr").Single(r => r.QuerySelector($"[data-link-id='{_world.Mail.Id}']") is not null);
        Assert.Equal($"/d/{_world.Name}/links/{_world.Mail.Id}/analytics", mail.QuerySelector("[data-testid=link-clicks] a")!.GetAttribute("href"));
        Assert.Contains("Clicks (30 d)", table.Find("thead").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_cards_and_the_campaign_and_link_pages_show_recent_clicks()
    {
        var board = await Services.GetRequiredService<UtmStudio.Features.Campaigns.CampaignBoardService>()
            .GetAsync(Person(_world.Domain.Tom), _world.Name, UtmStudio.Features.Campaigns.CampaignBoardFilter.None, CancellationToken.None);
        var cards = board.Columns.SelectMany(c => c.Cards).ToDictionary(c => c.Id);
        var spring = Render<CampaignCardView>(p => p.Add(c => c.Card, cards[_world.SpringId]).Add(c => c.DomainName, _world.Name));
        var recent = RenderInteractive<RecentClicksCard>(p => p.Add(c => c.Domain, _world.Name).Add(c => c.Scope, AnalyticsScope.Link(_world.Mail.Id)));

        Assert.Equal((6L, 2L), (cards[_world.SpringId].RecentClicks, cards[_world.AutumnId].RecentClicks));
        Assert.Equal("6 clicks in 30 days", spring.Find("[data-testid=card-clicks]").TextContent);
        recent.WaitForAssertion(() => Assert.Equal("3", recent.Find("[data-testid=recent-clicks-value]").TextContent), DatabaseWait);
        Assert.Contains("2 unique", recent.Find("[data-testid=recent-clicks-detail]").TextContent, StringComparison.Ordinal);
        Assert.Equal($"/d/{_world.Name}/links/{_world.Mail.Id}/analytics", recent.Find("[data-testid=recent-clicks-analytics]").GetAttribute("href"));
    }

    [Fact]
    public void The_campaign_and_link_pages_show_their_recent_clicks_and_lead_to_their_analytics()
    {
        var campaign = RenderInteractive<CampaignPage>(p => p.Add(x => x.Domain, _world.Name).Add(x => x.CampaignId, _world.SpringId));
        var link = RenderInteractive<LinkPage>(p => p.Add(x => x.Domain, _world.Name).Add(x => x.LinkId, _world.Search.Id));

        campaign.WaitForAssertion(() => Assert.Equal("6", campaign.Find("[data-testid=recent-clicks-value]").TextContent), DatabaseWait);
        Assert.Equal($"/d/{_world.Name}/campaigns/{_world.SpringId}/analytics", campaign.Find("[data-testid=campaign-analytics]").GetAttribute("href"));
        link.WaitForAssertion(() => Assert.Equal("2", link.Find("[data-testid=recent-clicks-value]").TextContent), DatabaseWait);
        Assert.Equal($"/d/{_world.Name}/links/{_world.Search.Id}/analytics", link.Find("[data-testid=link-analytics]").GetAttribute("href"));
    }
}
