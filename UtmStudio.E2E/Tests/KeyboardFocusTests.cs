using System.Text.Json;
using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>Someone using the keyboard sees where they are: every control shows a clear focus ring, in both themes.</summary>
[Collection(AppCollection.Name)]
public sealed class KeyboardFocusTests(AppFixture app)
{
    /// <summary>The focused element and how its focus is drawn (null when nothing is focused).</summary>
    private const string FocusedScript = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          const name = (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
          return {
            what: e.tagName.toLowerCase() + (e.getAttribute('role') ? '[role=' + e.getAttribute('role') + ']' : '') + ' "' + name + '"',
            role: e.getAttribute('role') || e.tagName.toLowerCase(),
            ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)'
                  && s.display !== 'contents' && r.width > 0 && r.height > 0,
            style: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' display:' + s.display
          };
        }
        """;

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Tabbing_through_a_page_shows_a_focus_ring_on_every_control(string theme)
    {
        var domain = $"focus-{theme}.test";
        await using var person = await app.NewPersonAsync();
        await person.AddCookiesAsync([new Cookie { Name = "utmstudio-theme", Value = theme, Url = app.BaseUrl }]);
        var page = await person.SignInAsync($"kim@{domain}");
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync(domain);
        await page.OpenAsync($"/d/{domain}");
        await Expect(page.GetByTestId("open-team")).ToBeVisibleAsync();

        var reached = new List<Focused>();
        for (var i = 0; i < 25; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await FocusedAsync(page) is { } focused)
            {
                reached.Add(focused);
                foreach (var (control, shot) in new[] { ("Switch to", "app-bar"), ("Overview", "nav-link"), ("Open team", "button") })
                {
                    if (focused.What.Contains(control, StringComparison.Ordinal))
                    {
                        await page.ScreenshotAsync($"focus-{shot}-{theme}");
                    }
                }
            }
        }

        // The app bar's icon buttons and account menu, the navigation links and the page's buttons were reached.
        var order = string.Join("\n", reached.Select(f => f.What));
        foreach (var control in new[] { "Switch to", "Account menu", "Overview", "Open team", "Open settings" })
        {
            Assert.True(reached.Any(f => f.What.Contains(control, StringComparison.Ordinal)), $"Tab never reached {control}:\n{order}");
        }

        // Form fields show focus their own way (MudBlazor's focused outline or underline and label colour).
        var unseen = reached.Where(f => !f.Ring && f.Role is not ("combobox" or "textbox" or "input"))
            .Select(f => $"{f.What}: {f.Style}").Distinct().ToList();
        Assert.True(unseen.Count == 0, $"No visible focus ring in {theme} mode on:\n" + string.Join("\n", unseen));

        // The account menu opens from the keyboard, and its items show the ring too.
        await page.GetByRole(AriaRole.Button, new() { Name = "Account menu" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("sign-out")).ToBeVisibleAsync();
        // (Arrow keys move between items: MudBlazor's behaviour. What this checks is that a focused item shows it.)
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Profile" }).FocusAsync();
        var item = await FocusedAsync(page);
        await page.ScreenshotAsync($"focus-menu-item-{theme}");
        Assert.NotNull(item);
        Assert.Equal("menuitem", item.Role);
        Assert.True(item.Ring, $"No visible focus ring in {theme} mode on the menu item {item.What}: {item.Style}");
    }

    private static async Task<Focused?> FocusedAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement?>(FocusedScript);
        return json is { ValueKind: JsonValueKind.Object } e
            ? new Focused(e.GetProperty("what").GetString()!, e.GetProperty("role").GetString()!, e.GetProperty("ring").GetBoolean(), e.GetProperty("style").GetString()!)
            : null;
    }

    private sealed record Focused(string What, string Role, bool Ring, string Style);
}
