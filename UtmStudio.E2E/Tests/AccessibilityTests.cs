using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>
/// The main pages pass Deque's axe checks (no serious or critical violation) for the people who open them,
/// in light and dark mode at desktop width, and in light mode at phone width too (the phone layout is the same in both
/// themes, and the colours are the same at both widths: checking all four took half of the E2E suite's time).
/// Screenshots of each land in TestResults/screenshots/.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AccessibilityTests(AppFixture app)
{
    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_main_pages_pass_the_axe_checks(string theme)
    {
        var domain = $"a11y-{theme}.test";

        await using var visitor = await PersonAsync(theme);
        var visitorPage = await visitor.NewPageAsync();
        await CheckAsync(visitorPage, "/", "landing", theme, visitorPage.GetByTestId("landing"));
        await CheckAsync(visitorPage, "/no-such-page", "not-found-visitor", theme, visitorPage.GetByTestId("not-found"));

        await using var manager = await PersonAsync(theme);
        var managerPage = await manager.SignInAsync($"mona@{domain}");
        await CheckAsync(managerPage, "/welcome", "welcome", theme, managerPage.GetByTestId("create-domain"));
        await managerPage.GetByTestId("create-domain").ClickAsync();
        await Expect(managerPage.GetByTestId("domain-title")).ToHaveTextAsync(domain);

        // A team member, through an access request the manager approves.
        await using var member = await PersonAsync(theme);
        var memberPage = await member.SignInAsync($"milo@{domain}");
        await memberPage.GetByTestId("create-domain").ClickAsync();
        await memberPage.GetByTestId("request-access").ClickAsync();
        await Expect(memberPage.GetByTestId("pending-request")).ToBeVisibleAsync();
        await CheckAsync(memberPage, "/welcome", "welcome-pending", theme, memberPage.GetByTestId("pending-request"));
        await managerPage.OpenAsync($"/d/{domain}/team");
        await managerPage.GetByTestId("access-request-approve").ClickAsync();
        await Expect(managerPage.GetByTestId("members-table")).ToContainTextAsync($"milo@{domain}");

        foreach (var (path, name) in new[]
        {
            ($"/d/{domain}", "domain-home"), ($"/d/{domain}/team", "team"), ($"/d/{domain}/settings", "settings"),
            ($"/d/{domain}/audit", "audit"), ("/profile", "profile"), ("/no-such-page", "not-found"),
            ($"/d/{domain}/campaigns", "campaigns"), ($"/d/{domain}/links", "links"), ($"/d/{domain}/links/new", "link-builder"),
            ($"/d/{domain}/links/bulk", "links-bulk"), ($"/d/{domain}/settings/conventions", "conventions"),
            ($"/d/{domain}/analytics", "analytics"),
        })
        {
            await CheckAsync(managerPage, path, "manager-" + name, theme, managerPage.GetByRole(AriaRole.Heading, new() { Level = 1 }));
        }

        foreach (var (path, name) in new[]
        {
            ($"/d/{domain}", "domain-home"), ($"/d/{domain}/team", "team"), ($"/d/{domain}/settings", "settings"), ("/profile", "profile"),
            ($"/d/{domain}/links", "links"), ($"/d/{domain}/settings/conventions", "conventions"), ($"/d/{domain}/analytics", "analytics"),
        })
        {
            await CheckAsync(memberPage, path, "member-" + name, theme, memberPage.GetByRole(AriaRole.Heading, new() { Level = 1 }));
        }

        await using var operatorPerson = await PersonAsync(theme);
        var operatorPage = await operatorPerson.SignInAsync("operator@utmstudio.test", returnUrl: "/operator");
        await CheckAsync(operatorPage, "/operator", "operator", theme, operatorPage.GetByTestId("operator-domains"));

        // Every page is checked before failing, so one run lists everything to fix.
        Assert.True(_violations.Count == 0, string.Join("\n", _violations));
    }

    private readonly List<string> _violations = [];

    private void Collect(string? violations)
    {
        if (violations is not null)
        {
            _violations.Add(violations);
        }
    }

    /// <summary>A browser profile that has chosen this theme (the app reads the same cookie its toggle writes).</summary>
    private async Task<IBrowserContext> PersonAsync(string theme)
    {
        var person = await app.NewPersonAsync();
        await person.AddCookiesAsync([new Cookie { Name = "utmstudio-theme", Value = theme, Url = app.BaseUrl }]);
        return person;
    }

    /// <summary>Opens the page and checks it at desktop width, then (light theme) phone width, with a screenshot of each.</summary>
    private async Task CheckAsync(IPage page, string path, string name, string theme, ILocator ready)
    {
        await page.SetViewportSizeAsync(1280, 800);
        await page.OpenAsync(path);
        await Expect(ready).ToBeVisibleAsync();
        await page.ScreenshotAsync($"a11y-{name}-{theme}");
        Collect(await page.FindSeriousViolationsAsync($"{name} in {theme} mode"));
        if (theme != "light")
        {
            return;
        }

        await page.SetViewportSizeAsync(390, 844);
        await Expect(ready).ToBeVisibleAsync();
        await page.ScreenshotAsync($"a11y-{name}-{theme}-phone");
        Collect(await page.FindSeriousViolationsAsync($"{name} in {theme} mode on a phone"));
    }
}
