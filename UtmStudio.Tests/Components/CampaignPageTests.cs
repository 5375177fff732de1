using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Campaigns.Details;
using UtmStudio.Features.Campaigns.Targeting;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Components;

/// <summary>The campaign page with the real services over a real database, as a manager and as a team member see it.</summary>
public sealed class CampaignPageTests : MudTestBase, IClassFixture<TestDatabase>
{
    private static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(10);

    private readonly TestDatabase _database;
    private readonly AppServices _app;

    public CampaignPageTests(TestDatabase database)
    {
        _database = database;
        _app = new AppServices(database);
        AddAppServices(database);
    }

    [Fact]
    public async Task The_page_shows_the_details_utm_identity_with_copy_buttons_targeting_chips_activity_and_no_links_yet()
    {
        var domain = await CampaignDomain.CreateAsync(_app);
        var ada = Callers.Person(domain.Ada);
        var draft = CampaignArrange.Draft("Spring Sale") with
        {
            Description = "Twenty percent off\nfor runners",
            StartsOn = new DateOnly(2026, 3, 1),
            EndsOn = new DateOnly(2026, 3, 31),
            UtmId = "ga4-123",
            Targeting = TargetingCriteria.Empty with { Locations = ["DE"], Devices = ["mobile"] },
        };
        var campaign = await _app.Campaigns.CreateAsync(ada, domain.Name, draft, AppServices.None);
        await _app.Campaigns.ChangeStatusAsync(ada, domain.Name, campaign.Id, CampaignStatus.Paused, campaign.Version, AppServices.None);
        SignIn(domain.Ada);

        var page = RenderPage(domain.Name, campaign.Id);

        page.WaitForAssertion(() => Assert.Equal("Spring Sale", page.Find("[data-testid=campaign-title]").TextContent), DatabaseWait);
        Assert.Equal("paused", page.Find("[data-testid=campaign-status]").GetAttribute("data-status"));
        Assert.Equal("newsletter", page.Find("[data-testid=details-source]").TextContent);
        Assert.Equal("sales", page.Find("[data-testid=details-objective]").TextContent);
        Assert.Equal("1 Mar 2026 – 31 Mar 2026", page.Find("[data-testid=details-dates]").TextContent);
        Assert.Contains("for runners", page.Find("[data-testid=details-description]").TextContent, StringComparison.Ordinal);
        Assert.Contains("ada", page.Find("[data-testid=details-creator]").TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("spring_sale", page.Find("[data-testid=utm-campaign-value]").TextContent);
        Assert.Equal("ga4-123", page.Find("[data-testid=utm-id-value]").TextContent);
        Assert.Contains("Germany", page.Find("[data-testid=campaign-targeting]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Mobile", page.Find("[data-testid=campaign-targeting]").TextContent, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Contains("No links yet", page.Find("[data-testid=links-empty]").TextContent, StringComparison.Ordinal), DatabaseWait);
        Assert.Equal($"/d/{domain.Name}/links/new?campaign={campaign.Id}", page.Find("[data-testid=links-empty-new]").GetAttribute("href"));
        Assert.Equal(["moved the campaign Spring Sale to Paused", "created the campaign Spring Sale"],
            page.FindAll("[data-testid=activity-what]").Select(e => e.TextContent));
        Assert.All(page.FindAll("[data-testid=activity-who]"), who => Assert.Contains("ada", who.TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.EndsWith($"/d/{domain.Name}/campaigns", page.Find("[data-testid=campaign-back]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=campaign-delete]"));

        await page.Find("[data-testid=copy-utm-campaign]").ClickAsync(new());
        await page.Find("[data-testid=copy-utm-id]").ClickAsync(new());

        Assert.Equal(["spring_sale", "ga4-123"], JSInterop.Invocations["utmStudio.clipboard.copy"].Select(i => i.Arguments[0]));
    }

    [Fact]
    public async Task A_team_member_may_edit_and_move_a_colleagues_campaign_but_not_delete_it()
    {
        var domain = await CampaignDomain.CreateAsync(_app);
        var campaign = await _app.Campaigns.CreateAsync(Callers.Person(domain.Ada), domain.Name, CampaignArrange.Draft(), AppServices.None);
        SignIn(domain.Tom);

        var page = RenderPage(domain.Name, campaign.Id);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=campaign-edit]")), DatabaseWait);
        Assert.NotNull(page.Find("[data-testid=campaign-status-menu]"));
        Assert.Empty(page.FindAll("[data-testid=campaign-delete]"));
        Assert.Equal("Not set — add GA4's campaign ID to import cost data", page.Find("[data-testid=utm-id-none]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=copy-utm-id]"));
    }

    [Fact]
    public async Task On_a_read_only_domain_the_page_has_no_write_actions_and_says_why()
    {
        var domain = await CampaignDomain.CreateAsync(_app);
        var campaign = await _app.Campaigns.CreateAsync(Callers.Person(domain.Ada), domain.Name, CampaignArrange.Draft(), AppServices.None);
        await _database.SetInactiveAsync(domain.Name);
        SignIn(domain.Ada);

        var page = RenderPage(domain.Name, campaign.Id);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=campaign-read-only]")), DatabaseWait);
        Assert.Empty(page.FindAll("[data-testid=campaign-edit]"));
        Assert.Empty(page.FindAll("[data-testid=campaign-status-menu]"));
        Assert.Empty(page.FindAll("[data-testid=campaign-delete]"));
        Assert.NotNull(page.Find("[data-testid=copy-utm-campaign]")); // reading and copying still work
    }

    [Fact]
    public async Task Deleting_says_how_many_links_go_with_it_and_returns_to_the_board()
    {
        var domain = await CampaignDomain.CreateAsync(_app);
        var campaign = await _app.Campaigns.CreateAsync(Callers.Person(domain.Tom), domain.Name, CampaignArrange.Draft(), AppServices.None);
        await _database.AddLinkAsync(campaign.Id, "spring_sale", "https://shop.test/?utm_campaign=spring_sale");
        await _database.AddLinkAsync(campaign.Id, "spring_sale", "https://shop.test/b?utm_campaign=spring_sale");
        SignIn(domain.Tom); // the creator, not a manager
        var cut = RenderWithDialogs(domain.Name, campaign.Id);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=campaign-delete]")), DatabaseWait);
        cut.WaitForAssertion(() =>
        {
            Assert.Equal("2 links", cut.Find("[data-testid=links-count]").TextContent);
            Assert.Equal(2, cut.FindAll("[data-testid=link-row]").Count);
        }, DatabaseWait);
        Assert.EndsWith($"/d/{domain.Name}/links/new?campaign={campaign.Id}", cut.Find("[data-testid=campaign-new-link]").GetAttribute("href"), StringComparison.Ordinal);

        var deleting = cut.Find("[data-testid=campaign-delete]").ClickAsync(new()); // waits for the confirmation

        cut.WaitForAssertion(() => Assert.Contains("Its 2 links go with it", cut.Find("[data-testid=confirm-dialog]").TextContent, StringComparison.Ordinal), DatabaseWait);
        await cut.Find("[data-testid=confirm-ok]").ClickAsync(new());
        await deleting.WaitAsync(DatabaseWait);

        Assert.EndsWith($"/d/{domain.Name}/campaigns", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        await Assert.ThrowsAsync<Features.Shared.NotFoundProblem>(
            () => _app.Campaigns.GetAsync(Callers.Person(domain.Ada), domain.Name, campaign.Id, AppServices.None));
    }

    private IRenderedComponent<CampaignPage> RenderPage(string domainName, Guid campaignId) =>
        RenderInteractive<CampaignPage>(p => p.Add(x => x.Domain, domainName).Add(x => x.CampaignId, campaignId));

    /// <summary>The page with the providers the layout gives it (menus and dialogs).</summary>
    private IRenderedComponent<IComponent> RenderWithDialogs(string domainName, Guid campaignId)
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<CampaignPage>(2);
            builder.AddComponentParameter(3, nameof(CampaignPage.Domain), domainName);
            builder.AddComponentParameter(4, nameof(CampaignPage.CampaignId), campaignId);
            builder.CloseComponent();
        });
    }

    private void SignIn(Guid userId) =>
        AddAuthorization().SetAuthorized("someone").SetClaims(new Claim(AppClaims.UserId, userId.ToString()));
}
