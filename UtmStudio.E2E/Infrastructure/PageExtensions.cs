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

    public static async Task SubmitDevSignInAsync(this IPage page, string email)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/dev-idp/", StringComparison.Ordinal) && !url.Contains("/signin-oidc", StringComparison.Ordinal));
    }

    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(RepositoryPaths.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.ScreenshotFolder, name + ".png"), FullPage = true });
    }
}
