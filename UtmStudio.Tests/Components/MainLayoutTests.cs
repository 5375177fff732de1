using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using UtmStudio.Components;
using UtmStudio.Components.Layout;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Components;

public sealed class MainLayoutTests : MudTestBase, IClassFixture<TestDatabase>
{
    private readonly TestDatabase _database;

    public MainLayoutTests(TestDatabase database)
    {
        _database = database;
        AddAppServices(database);
    }

    [Fact]
    public async Task A_signed_in_user_gets_a_menu_with_their_email_profile_and_sign_out()
    {
        var userId = await _database.CreateUserAsync("ada@acme.test", "Ada Lovelace");
        AddAuthorization().SetAuthorized("Ada Lovelace").SetClaims(
            new Claim(AppClaims.Name, "Ada Lovelace"), new Claim(AppClaims.Email, "ada@acme.test"), new Claim(AppClaims.UserId, userId.ToString()));

        var layout = RenderLayout();
        Assert.Equal("AL", layout.Find("[data-testid=user-menu] .mud-avatar").TextContent.Trim());
        Assert.Empty(layout.FindAll("[data-testid=sign-in]"));

        await layout.Find("[data-testid=user-menu]").ClickAsync(new());

        layout.WaitForAssertion(() => Assert.Equal("ada@acme.test", layout.Find("[data-testid=user-email]").TextContent));
        Assert.Contains(layout.FindAll("a.mud-menu-item"), a => a.GetAttribute("href") == "/profile");
        var signOut = layout.Find("form[action='account/logout']");
        Assert.Equal("post", signOut.GetAttribute("method"));
        Assert.NotNull(signOut.QuerySelector("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task The_account_menu_is_one_list_of_items_in_one_style()
    {
        var userId = await _database.CreateUserAsync("ada@acme.test", "Ada Lovelace");
        AddAuthorization().SetAuthorized("Ada Lovelace").SetClaims(
            new Claim(AppClaims.Name, "Ada Lovelace"), new Claim(AppClaims.Email, "ada@acme.test"), new Claim(AppClaims.UserId, userId.ToString()));
        var layout = RenderLayout();

        // The activator is MudBlazor's own menu button (one control, named for screen readers), not a button in a button.
        var activator = layout.Find("[data-testid=user-menu]").Closest("[role=button]")!;
        Assert.Empty(activator.QuerySelectorAll("button, a"));
        Assert.Contains("Account menu", activator.TextContent, StringComparison.Ordinal);
        await layout.Find("[data-testid=user-menu]").ClickAsync(new());

        layout.WaitForAssertion(() => Assert.NotNull(layout.Find("[data-testid=sign-out]")));
        var items = layout.FindAll("[role=menuitem]");
        Assert.Equal(["Profile", "Sign out"], items.Select(i => i.TextContent.Trim()));
        Assert.All(items, i => Assert.Contains("mud-menu-item", i.ClassList));
        Assert.All(items, i => Assert.NotNull(i.QuerySelector(".mud-menu-item-icon")));
        Assert.Equal("submit", layout.Find("[data-testid=sign-out]").GetAttribute("type"));
    }

    [Fact]
    public void A_visitor_gets_a_sign_in_button_and_no_navigation()
    {
        AddAuthorization().SetNotAuthorized();

        var layout = RenderLayout();

        Assert.Contains("account/login", layout.Find("[data-testid=sign-in]").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Empty(layout.FindAll("[data-testid=user-menu]"));
        Assert.Empty(layout.FindAll(".mud-drawer"));
        Assert.Contains("Page body", layout.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_remembered_theme_is_used_for_the_first_paint()
    {
        AddAuthorization().SetNotAuthorized();

        var layout = RenderLayout(new ThemePreference(IsDark: true));

        Assert.NotNull(layout.Find("button[aria-label='Switch to light mode']"));
    }

    private IRenderedComponent<MainLayout> RenderLayout(ThemePreference? theme = null) =>
        RenderInteractive<MainLayout>(p => p
            .Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "Page body")))
            .AddCascadingValue(theme ?? new ThemePreference(null)));
}
