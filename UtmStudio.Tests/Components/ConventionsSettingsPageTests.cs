using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using UtmStudio.Features.Links.Conventions;
using UtmStudio.Features.Links.Conventions.Settings;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Components;

/// <summary>The conventions page with the real services over a real database, as a manager edits it and a member reads it.</summary>
public sealed class ConventionsSettingsPageTests : MudTestBase, IClassFixture<TestDatabase>
{
    private static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(10);

    private readonly AppServices _app;

    public ConventionsSettingsPageTests(TestDatabase database)
    {
        _app = new AppServices(database);
        AddAppServices(database);
    }

    [Fact]
    public async Task The_form_marks_what_cant_be_saved_says_how_to_fix_it_and_offers_the_fix()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        SignIn(domain.Ada);
        var page = RenderPage(domain.Name);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("input[data-testid=conventions-lowercase]")), DatabaseWait);

        await page.Find("input[data-testid=conventions-lowercase]").ChangeAsync(new() { Value = true });
        await AddAsync(page, "conventions-sources-add", "Google");
        await page.Find("input[data-testid=conventions-max-length]").ChangeAsync(new() { Value = "0" });

        page.WaitForAssertion(() => Assert.Equal("'Google' doesn't follow your team's own rules; write it as 'google'.",
            page.Find("[data-testid=conventions-sources-problem]").TextContent));
        Assert.Contains("Choose a maximum length from 1 to 100 characters", page.Find("[data-testid=conventions-values]").TextContent, StringComparison.Ordinal);
        Assert.Contains("2 settings need fixing", page.Find("[data-testid=conventions-state]").TextContent, StringComparison.Ordinal);
        Assert.True(page.Find("[data-testid=conventions-check-run]").HasAttribute("disabled"));

        await page.Find("[data-testid=conventions-tidy-run]").ClickAsync(new());
        await page.Find("input[data-testid=conventions-max-length]").ChangeAsync(new() { Value = "40" });

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=conventions-sources-problem]")));
        Assert.Equal("google", page.Find("input[data-testid=conventions-sources-value]").GetAttribute("value"));
        Assert.Equal("Unsaved changes.", page.Find("[data-testid=conventions-state]").TextContent);
        Assert.False(page.Find("[data-testid=conventions-check-run]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task The_try_it_box_shows_what_the_conventions_on_the_page_do_as_they_change()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        SignIn(domain.Ada);
        var page = RenderPage(domain.Name);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=try-empty]")), DatabaseWait);

        await page.Find("input[data-testid=try-source]").InputAsync(new() { Value = "Google Ads" });
        await page.Find("input[data-testid=try-medium]").InputAsync(new() { Value = "cpc" });
        Assert.Equal("Google Ads", page.Find("[data-testid=try-result-source]").TextContent);
        Assert.NotNull(page.Find("[data-testid=try-ok]"));

        await page.Find("input[data-testid=conventions-lowercase]").ChangeAsync(new() { Value = true });
        await page.Find("input[data-testid=conventions-mediums-closed]").ChangeAsync(new() { Value = true });
        await AddAsync(page, "conventions-mediums-add", "email");

        page.WaitForAssertion(() => Assert.Equal("google ads", page.Find("[data-testid=try-result-source]").TextContent));
        Assert.Contains("Your team writes UTM values in lowercase.", page.Find("[data-testid=convention-change]").TextContent, StringComparison.Ordinal);
        var problem = page.Find("[data-testid=try-problem]");
        Assert.Equal("utm_medium", problem.GetAttribute("data-field"));
        Assert.Contains("Your team's mediums are: email.", problem.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=try-ok]"));
    }

    [Fact]
    public async Task Saving_rules_that_existing_links_break_lists_them_asks_first_and_leaves_the_links_as_they_are()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = (await _app.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft() with { Source = "Google", Medium = "cpc" },
            AppServices.None)).Link;
        SignIn(domain.Ada);
        var page = RenderPage(domain.Name);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("input[data-testid=conventions-lowercase]")), DatabaseWait);

        await page.Find("input[data-testid=conventions-lowercase]").ChangeAsync(new() { Value = true });
        await page.Find("[data-testid=conventions-check-run]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("1 link of 1 doesn't follow these conventions.",
            page.Find("[data-testid=conventions-check-count]").TextContent, StringComparison.Ordinal), DatabaseWait);
        Assert.EndsWith($"/d/{domain.Name}/links/{link.Id}", page.Find("[data-testid=conventions-check-link-open]").GetAttribute("href"),
            StringComparison.Ordinal);
        Assert.Equal("utm_source: 'Google' becomes 'google'. Your team writes UTM values in lowercase.",
            page.Find("[data-testid=conventions-check-reason]").TextContent);

        var saving = page.Find("[data-testid=conventions-save]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal("1 existing link doesn't follow these conventions.",
            page.Find("[data-testid=confirm-message]").TextContent), DatabaseWait);
        Assert.Contains("Existing links keep their values; they are not changed.", page.Find("[data-testid=confirm-dialog]").TextContent,
            StringComparison.Ordinal);
        await page.Find("[data-testid=confirm-ok]").ClickAsync(new());
        await saving.WaitAsync(DatabaseWait);

        page.WaitForAssertion(() => Assert.Equal("No unsaved changes.", page.Find("[data-testid=conventions-state]").TextContent), DatabaseWait);
        Assert.True((await _app.LinkConventions.GetAsync(Person(domain.Tom), domain.Name, AppServices.None)).Conventions.Lowercase);
        Assert.Equal(link.FullUrl, (await _app.Links.GetAsync(Person(domain.Tom), domain.Name, link.Id, AppServices.None)).FullUrl);
    }

    [Fact]
    public async Task A_team_member_reads_the_conventions_and_can_try_them_but_not_change_them()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        await _app.LinkConventions.SaveAsync(Person(domain.Ada), domain.Name,
            LinkConventions.None with { Lowercase = true, Sources = AllowedValues.Closed("newsletter") }, null, AppServices.None);
        SignIn(domain.Tom);

        var page = RenderPage(domain.Name);

        page.WaitForAssertion(() => Assert.Contains("Only managers of", page.Find("[data-testid=conventions-read-only]").TextContent,
            StringComparison.Ordinal), DatabaseWait);
        Assert.True(page.Find("input[data-testid=conventions-lowercase]").HasAttribute("disabled"));
        Assert.True(page.Find("input[data-testid=conventions-sources-value]").HasAttribute("disabled"));
        Assert.Empty(page.FindAll("[data-testid=conventions-save-bar]"));
        Assert.Empty(page.FindAll("[data-testid=conventions-check]"));
        Assert.Empty(page.FindAll("input[data-testid=conventions-sources-add]"));

        await page.Find("input[data-testid=try-source]").InputAsync(new() { Value = "Google" });
        page.WaitForAssertion(() => Assert.Contains("Your team's sources are: newsletter. Ask a manager to add 'google'.",
            page.Find("[data-testid=try-problem][data-field=utm_source]").TextContent, StringComparison.Ordinal));
    }

    private static async Task AddAsync(IRenderedComponent<IComponent> page, string testId, string value)
    {
        await page.Find($"input[data-testid={testId}]").InputAsync(new() { Value = value });
        await page.Find($"input[data-testid={testId}]").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });
    }

    /// <summary>The page with the providers the layout gives it (dialogs and their popovers).</summary>
    private IRenderedComponent<IComponent> RenderPage(string domainName)
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<ConventionsSettingsPage>(2);
            builder.AddAttribute(3, nameof(ConventionsSettingsPage.Domain), domainName);
            builder.CloseComponent();
        });
    }

    private void SignIn(Guid userId) =>
        AddAuthorization().SetAuthorized("someone").SetClaims(new Claim(AppClaims.UserId, userId.ToString()));
}
