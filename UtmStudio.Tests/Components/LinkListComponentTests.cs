using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Lists;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Components;

/// <summary>The link table and the links page over the real services and a real database, as a team member sees them.</summary>
public sealed class LinkListComponentTests : MudTestBase, IClassFixture<TestDatabase>
{
    private static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(10);

    private readonly TestDatabase _database;
    private readonly AppServices _app;

    public LinkListComponentTests(TestDatabase database)
    {
        _database = database;
        _app = new AppServices(database);
        AddAppServices(database);
    }

    [Fact]
    public async Task Each_row_names_the_link_opens_its_page_shows_campaign_channel_tags_creator_and_day_and_copies_its_url()
    {
        var list = await LinkListDomain.CreateAsync(_app, _database);
        SignIn(list.Domain.Tom);

        var table = RenderInteractive<LinkTable>(p => p.Add(t => t.Domain, list.Name));

        table.WaitForAssertion(() => Assert.Equal(4, table.FindAll("[data-testid=link-row]").Count), DatabaseWait);
        Assert.Equal("4 links", table.Find("[data-testid=links-count]").TextContent);
        Assert.Equal(list.NewestFirst.Select(id => id.ToString()), table.FindAll("[data-testid=link-row]").Select(r => r.GetAttribute("data-link-id")));
        var mail = table.FindAll("tr").Single(r => r.QuerySelector($"[data-link-id='{list.Mail.Id}']") is not null);
        var title = mail.QuerySelector("[data-testid=link-title]")!;
        Assert.Equal("Spring mail", title.TextContent.Trim());
        Assert.Equal($"/d/{list.Name}/links/{list.Mail.Id}", title.GetAttribute("href"));
        Assert.Equal($"{list.Name}/mail", mail.QuerySelector("[data-testid=link-page]")!.TextContent);
        Assert.Equal(list.Mail.FullUrl, mail.QuerySelector("[data-testid=link-page]")!.GetAttribute("title"));
        Assert.Contains("content hero banner", mail.QuerySelector("[data-testid=link-values]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/d/{list.Name}/campaigns/{list.Domain.CampaignId}", mail.QuerySelector("[data-testid=link-campaign]")!.GetAttribute("href"));
        Assert.Equal("Email", mail.QuerySelector("[data-testid=link-channel]")!.TextContent.Trim());
        Assert.Contains("promo", mail.QuerySelector("[data-testid=link-tags]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(list.Mail.CreatorName, mail.QuerySelector("[data-testid=link-creator]")!.TextContent);
        Assert.Equal("1 Mar 2026", mail.QuerySelector("[data-testid=link-created]")!.TextContent);
        var search = table.FindAll("tr").Single(r => r.QuerySelector($"[data-link-id='{list.Search.Id}']") is not null);
        Assert.Equal("google / cpc", search.QuerySelector("[data-testid=link-title]")!.TextContent.Trim());

        await mail.QuerySelector("button[data-testid=link-copy]")!.ClickAsync(new());

        Assert.Equal([list.Mail.FullUrl], JSInterop.Invocations["utmStudio.clipboard.copy"].Select(i => i.Arguments[0]));
    }

    [Fact]
    public async Task A_campaigns_table_has_no_campaign_column_and_a_filter_says_how_many_of_all_match()
    {
        var list = await LinkListDomain.CreateAsync(_app, _database);
        SignIn(list.Domain.Tom);

        var campaign = RenderInteractive<LinkTable>(p => p.Add(t => t.Domain, list.Name).Add(t => t.Campaign, list.Domain.CampaignId)
            .Add(t => t.Filter, new LinkListFilter(Creator: list.Domain.Tom)));

        campaign.WaitForAssertion(() =>
        {
            Assert.Equal("2 of 3 links", campaign.Find("[data-testid=links-count]").TextContent);
            Assert.Equal(2, campaign.FindAll("[data-testid=link-row]").Count);
        }, DatabaseWait);
        Assert.Empty(campaign.FindAll("[data-testid=link-campaign]"));
        Assert.DoesNotContain("campaign spring_sale", campaign.Find("[data-testid=link-values]").TextContent, StringComparison.Ordinal);

        campaign.Render(p => p.Add(t => t.Filter, new LinkListFilter(Source: "google")));

        campaign.WaitForAssertion(() =>
        {
            Assert.Equal("1 of 3 links", campaign.Find("[data-testid=links-count]").TextContent);
            Assert.Equal([list.Search.Id.ToString()], campaign.FindAll("[data-testid=link-row]").Select(r => r.GetAttribute("data-link-id")));
        }, DatabaseWait);
    }

    [Fact]
    public async Task No_links_yet_offers_a_new_link_for_the_domain_or_the_campaign()
    {
        var empty = await LinkDomain.CreateAsync(_app);
        SignIn(empty.Tom);

        var domainTable = RenderInteractive<LinkTable>(p => p.Add(t => t.Domain, empty.Name));
        var campaignTable = RenderInteractive<LinkTable>(p => p.Add(t => t.Domain, empty.Name).Add(t => t.Campaign, empty.CampaignId));

        domainTable.WaitForAssertion(() => Assert.NotNull(domainTable.Find("[data-testid=links-empty]")), DatabaseWait);
        Assert.Equal($"/d/{empty.Name}/links/new", domainTable.Find("[data-testid=links-empty-new]").GetAttribute("href"));
        Assert.Empty(domainTable.FindAll("[data-testid=links-pager]"));
        campaignTable.WaitForAssertion(() => Assert.Contains("No links yet", campaignTable.Find("[data-testid=links-empty]").TextContent, StringComparison.Ordinal), DatabaseWait);
        Assert.Equal($"/d/{empty.Name}/links/new?campaign={empty.CampaignId}", campaignTable.Find("[data-testid=links-empty-new]").GetAttribute("href"));
    }

    [Fact]
    public async Task No_links_matching_offers_to_clear_the_filters()
    {
        var list = await LinkListDomain.CreateAsync(_app, _database);
        var cleared = 0;
        SignIn(list.Domain.Tom);

        var noMatch = RenderInteractive<LinkTable>(p => p.Add(t => t.Domain, list.Name).Add(t => t.Filter, new LinkListFilter(Source: "nobody"))
            .Add(t => t.OnClearFilters, () => cleared++));
        noMatch.WaitForAssertion(() => Assert.NotNull(noMatch.Find("[data-testid=links-no-matches]")), DatabaseWait);
        Assert.Equal("0 of 4 links", noMatch.Find("[data-testid=links-count]").TextContent);
        Assert.Empty(noMatch.FindAll("[data-testid=links-empty]"));
        await noMatch.Find("[data-testid=links-clear-empty]").ClickAsync(new());
        Assert.Equal(1, cleared);
    }

    [Fact]
    public async Task The_links_page_puts_the_filter_in_the_address_reads_it_from_there_and_exports_what_it_shows()
    {
        var list = await LinkListDomain.CreateAsync(_app, _database);
        SignIn(list.Domain.Tom);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo($"/d/{list.Name}/links?source=google");

        var page = RenderWithPopovers<LinksPage>(p => p.AddComponentParameter(2, nameof(LinksPage.Domain), list.Name));

        page.WaitForAssertion(() => Assert.Equal("1 of 4 links", page.Find("[data-testid=links-count]").TextContent), DatabaseWait);
        Assert.Equal($"/d/{list.Name}/links/export.csv?source=google", page.Find("[data-testid=links-export]").GetAttribute("href"));
        Assert.True(page.Find("[data-testid=links-export]").HasAttribute("download"));
        Assert.False(page.Find("[data-testid=links-more-filters]").HasAttribute("hidden")); // the address's source filter is in view
        Assert.Equal($"/d/{list.Name}/links/new", page.Find("[data-testid=links-new]").GetAttribute("href"));

        await page.Find("input[data-testid=links-search]").InputAsync(new() { Value = "running" });
        await page.Find("input[data-testid=links-search]").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });

        Assert.EndsWith($"/d/{list.Name}/links?source=google&q=running", navigation.Uri, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal($"/d/{list.Name}/links/export.csv?q=running&source=google",
            page.Find("[data-testid=links-export]").GetAttribute("href")), DatabaseWait);
        page.WaitForAssertion(() => Assert.Equal("1 of 4 links", page.Find("[data-testid=links-count]").TextContent), DatabaseWait);

        await page.Find("[data-testid=links-clear]").ClickAsync(new());

        Assert.EndsWith($"/d/{list.Name}/links", navigation.Uri, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal("4 links", page.Find("[data-testid=links-count]").TextContent), DatabaseWait);
    }

    [Fact]
    public void A_quick_second_change_keeps_the_first_while_the_address_is_on_its_way()
    {
        var changes = new List<LinkListFilter>();
        var address = new LinkListFilter(Search: "spring");
        var facets = new LinkListFacets("acme.test", false, ["google", "newsletter"], ["cpc", "email"], [], [], ["q2"],
            [new LinkCreator(Guid.NewGuid(), "Ada Lovelace")], [new BuilderCampaign(Guid.NewGuid(), "Spring Sale", "spring_sale", null, "newsletter", CampaignStatus.Active)]);
        var bar = RenderWithPopovers<LinkFilterBar>(p =>
        {
            p.AddComponentParameter(2, nameof(LinkFilterBar.Filter), address);
            p.AddComponentParameter(3, nameof(LinkFilterBar.Facets), facets);
            p.AddComponentParameter(4, nameof(LinkFilterBar.ExportHref), LinkExportEndpoint.PathFor("acme.test", address));
            p.AddComponentParameter(5, nameof(LinkFilterBar.OnChange), EventCallback.Factory.Create<LinkListFilter>(this, changes.Add));
        });
        Assert.Equal("spring", bar.Find("input[data-testid=links-search]").GetAttribute("value"));
        Assert.True(bar.Find("[data-testid=links-more-filters]").HasAttribute("hidden"));

        bar.Find("input[data-testid=links-search]").KeyDown(new KeyboardEventArgs { Key = "Enter" }); // unchanged: nothing to do
        bar.Find("[data-testid=links-more]").Click();
        bar.Find("input[data-testid=links-source]").Input("goo");
        bar.WaitForAssertion(() => Assert.Contains(bar.FindAll(".mud-popover-open .mud-list-item"), i => i.TextContent.Trim() == "google"));
        bar.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Trim() == "google").Click();
        bar.WaitForAssertion(() => Assert.Equal([address with { Source = "google" }], changes)); // "goo" on the way was not applied
        bar.Find("input[data-testid=links-search]").Input("summer");
        bar.Find("input[data-testid=links-search]").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        bar.WaitForAssertion(() => Assert.Equal([address with { Source = "google" }, new LinkListFilter(Search: "summer", Source: "google")], changes));

        // A value no link has yet is taken as typed, on Enter.
        bar.Find("input[data-testid=links-medium]").Input("Paid_Social");
        bar.Find("input[data-testid=links-medium]").KeyDown(new KeyboardEventArgs { Key = "Enter" });
        bar.WaitForAssertion(() => Assert.Equal(new LinkListFilter(Search: "summer", Source: "google", Medium: "Paid_Social"), changes[^1]));
        Assert.Equal("/d/acme.test/links/export.csv?q=spring", bar.Find("[data-testid=links-export]").GetAttribute("href"));
        bar.Find("[data-testid=links-clear]").Click();
        bar.WaitForAssertion(() => Assert.Equal(LinkListFilter.None, changes[^1]));
    }

    /// <summary>A component with the popover provider the layout gives it (selects and autocompletes open in it).</summary>
    private IRenderedComponent<IComponent> RenderWithPopovers<TComponent>(Action<Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder> parameters)
        where TComponent : IComponent
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<TComponent>(1);
            parameters(builder);
            builder.CloseComponent();
        });
    }

    private void SignIn(Guid userId) =>
        AddAuthorization().SetAuthorized("someone").SetClaims(new Claim(AppClaims.UserId, userId.ToString()));
}
