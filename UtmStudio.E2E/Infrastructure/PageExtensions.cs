using Microsoft.Playwright;

namespace UtmStudio.E2E.Infrastructure;

internal static class PageExtensions
{
    /// <summary>Waits until Blazor's circuit is connected, so clicks reach the server.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("#interactivity[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Opens a page and waits for its circuit, so typing and clicking reach the server.</summary>
    public static async Task<IResponse?> OpenAsync(this IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
        return response;
    }

    /// <summary>Signs in through the development identity provider's real OpenID Connect flow.</summary>
    public static async Task<IPage> SignInAsync(this IBrowserContext person, string email, string? returnUrl = "/dashboard")
    {
        var page = await person.NewPageAsync();
        await page.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl ?? string.Empty)}");
        await page.SubmitDevSignInAsync(email);
        await page.WaitForInteractiveAsync();
        return page;
    }

    /// <summary>Signs in someone new whose email is at <paramref name="domain"/> and creates it from the welcome page:
    /// they are its manager, on its home page.</summary>
    public static async Task<IPage> SignUpWithDomainAsync(this IBrowserContext person, string email, string domain)
    {
        var page = await person.SignInAsync(email);
        await page.GetByTestId("create-domain").ClickAsync();
        await Assertions.Expect(page.GetByTestId("domain-title")).ToHaveTextAsync(domain);
        return page;
    }

    /// <summary>
    /// Opens the campaign dialog with the button of <paramref name="opener"/> (New campaign, Edit) and waits until the
    /// dialog has put the cursor in its name field, as a person would before typing. The dialog focuses that field
    /// itself, a server round trip after it appears; a fill started before then could have its text typed wherever
    /// the focus had just gone (Playwright focuses a field, then types in a second step).
    /// </summary>
    public static async Task<ILocator> OpenCampaignDialogAsync(this IPage page, string opener = "new-campaign")
    {
        await page.GetByTestId(opener).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByTestId("campaign-name")).ToBeFocusedAsync();
        return dialog;
    }

    public static async Task SubmitDevSignInAsync(this IPage page, string email)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/dev-idp/", StringComparison.Ordinal) && !url.Contains("/signin-oidc", StringComparison.Ordinal));
    }

    /// <summary>Turns dark mode on with the app bar's toggle and waits until the page shows it, tooltip closed.</summary>
    public static async Task SwitchToDarkModeAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        // The click leaves the pointer on the toggle, whose tooltip may open a moment later (a server round trip)
        // and fade in over whatever a test looks at next: the pointer moves off it and the tooltip has gone.
        await page.Mouse.MoveAsync(1, 400);
        await Assertions.Expect(page.Locator(".mud-tooltip.mud-popover-open")).ToHaveCountAsync(0);
    }

    /// <summary>Waits until every finite CSS animation and transition of the page has ended (endless ones, such as
    /// spinners, are left running): a menu or tooltip that is still fading in is not yet what the user sees.</summary>
    public static Task WaitForAnimationsAsync(this IPage page) => page.EvaluateAsync(AxeChecks.FinishTransitions);

    /// <summary>A full-page screenshot of the page once its transitions have ended (a resize to phone width slides the
    /// content over the closing drawer for 225 ms; without the wait the picture caught it half way).</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        await page.WaitForAnimationsAsync();
        Directory.CreateDirectory(RepositoryPaths.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.ScreenshotFolder, name + ".png"), FullPage = true });
    }
}
