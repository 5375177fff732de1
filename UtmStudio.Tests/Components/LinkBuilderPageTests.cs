using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using UtmStudio.Features.Links.Builder;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Components;

/// <summary>The builder with the real services over a real database: the preview, its GA4 channel and the
/// conventions' notices follow every keystroke.</summary>
public sealed class LinkBuilderPageTests : MudTestBase, IClassFixture<TestDatabase>
{
    private static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(10);

    private readonly TestDatabase _database;
    private readonly AppServices _app;

    public LinkBuilderPageTests(TestDatabase database)
    {
        _database = database;
        _app = new AppServices(database);
        AddAppServices(database);
    }

    [Fact]
    public async Task The_preview_and_the_channel_follow_the_fields_as_they_are_typed()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        SignIn(domain.Tom);

        var page = RenderBuilder(domain.Name, domain.CampaignId);
        page.WaitForAssertion(() => Assert.Equal("spring_sale", page.Find("[data-testid=link-utm-campaign]").GetAttribute("value")), DatabaseWait);
        Assert.NotNull(page.Find("[data-testid=url-pending]"));

        page.Find("[data-testid=link-landing-url]").Input($"https://{domain.Name}/spring");
        page.Find("[data-testid=link-medium]").Input("email");
        page.WaitForAssertion(() => Assert.Equal(domain.UrlOf("spring"), page.Find("[data-testid=url-preview]").TextContent.Trim()), DatabaseWait);
        Assert.Equal("Email", page.Find("[data-testid=channel-name]").TextContent.Trim());

        page.Find("[data-testid=link-medium]").Input("cpc");
        page.Find("[data-testid=link-source]").Input("x");
        page.WaitForAssertion(() => Assert.Equal("Paid Other", page.Find("[data-testid=channel-name]").TextContent.Trim()), DatabaseWait);
        Assert.Contains("Paid Social", page.Find("[data-testid=channel-warning]").TextContent, StringComparison.Ordinal);
        Assert.EndsWith("utm_source=x&utm_medium=cpc&utm_campaign=spring_sale", page.Find("[data-testid=url-preview]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_teams_conventions_change_what_is_typed_and_say_what_and_why()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        await _database.SetConventionsAsync(domain.Name, """{"lowercase":true,"spaces":"underscore"}""");
        SignIn(domain.Tom);

        var page = RenderBuilder(domain.Name, domain.CampaignId);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=link-landing-url]")), DatabaseWait);
        page.Find("[data-testid=link-landing-url]").Input($"https://{domain.Name}/spring");
        page.Find("[data-testid=link-medium]").Input("Email");
        page.Find("[data-testid=link-content]").Input("Hero Banner");

        page.WaitForAssertion(() => Assert.EndsWith("utm_content=hero_banner", page.Find("[data-testid=url-preview]").TextContent.Trim(), StringComparison.Ordinal), DatabaseWait);
        var changes = page.FindAll("[data-testid=convention-change]").Select(c => c.TextContent).ToList();
        Assert.Contains(changes, c => c.Contains("utm_medium", StringComparison.Ordinal) && c.Contains("Email", StringComparison.Ordinal) && c.Contains("email", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Contains("utm_content", StringComparison.Ordinal) && c.Contains("hero_banner", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_field_shows_its_problem_once_it_was_touched_and_saving_shows_every_problem()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        SignIn(domain.Tom);

        var page = RenderBuilder(domain.Name, domain.CampaignId);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=link-landing-url]")), DatabaseWait);
        Assert.Empty(page.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent));

        page.Find("[data-testid=link-landing-url]").Input("https://elsewhere.test/");
        page.WaitForAssertion(() => Assert.Contains($"Links of {domain.Name} go to {domain.Name}", page.Markup, StringComparison.Ordinal), DatabaseWait);

        page.Find("[data-testid=save-link]").Click();
        page.WaitForAssertion(() => Assert.Contains("Enter utm_medium.", page.Find("[data-testid=link-problems]").TextContent, StringComparison.Ordinal), DatabaseWait);
    }

    private IRenderedComponent<IComponent> RenderBuilder(string domainName, Guid campaignId)
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        // ?campaign= reaches the page from its address, as in the browser.
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/d/{domainName}/links/new?campaign={campaignId}");
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<LinkBuilderPage>(3);
            builder.AddComponentParameter(4, nameof(LinkBuilderPage.Domain), domainName);
            builder.CloseComponent();
        });
    }

    private void SignIn(Guid userId) =>
        AddAuthorization().SetAuthorized("someone").SetClaims(new Claim(AppClaims.UserId, userId.ToString()));
}
