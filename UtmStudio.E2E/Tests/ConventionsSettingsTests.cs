using System.Text.RegularExpressions;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>A manager sets the team's UTM conventions from the settings page, tries them, and saves.</summary>
[Collection(AppCollection.Name)]
public sealed class ConventionsSettingsTests(AppFixture app)
{
    private const string Domain = "rules-co.test";

    [Fact]
    public async Task A_manager_sets_conventions_tries_them_and_saves_on_a_desktop_and_reads_them_on_a_phone()
    {
        await using var mona = await app.NewPersonAsync();
        var page = await mona.SignInAsync("mona@" + Domain);
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync(Domain);
        await page.OpenAsync($"/d/{Domain}/settings");
        await page.GetByTestId("conventions-settings-open").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/d/{Regex.Escape(Domain)}/settings/conventions$"));
        await page.WaitForInteractiveAsync();

        await page.GetByTestId("conventions-lowercase").CheckAsync();
        await page.GetByTestId("conventions-mediums-add").FillAsync("cpc");
        await page.GetByTestId("conventions-mediums-add").PressAsync("Enter");
        await page.GetByTestId("conventions-mediums-add").FillAsync("email");
        await page.GetByTestId("conventions-mediums-add").PressAsync("Enter");
        await page.GetByTestId("conventions-mediums-closed").CheckAsync();
        await page.GetByTestId("conventions-rule-add").ClickAsync();
        await page.GetByTestId("conventions-rule-medium").FillAsync("cpc");
        await page.GetByTestId("conventions-rule-sources-input").FillAsync("google");
        await page.GetByTestId("conventions-rule-sources-input").PressAsync("Enter");
        await page.GetByTestId("try-source").FillAsync("Bing");
        await page.GetByTestId("try-medium").FillAsync("CPC");

        await Expect(page.GetByTestId("try-result-source")).ToHaveTextAsync("bing");
        await Expect(page.Locator("[data-testid=try-problem][data-field=utm_source]")).ToContainTextAsync("With medium cpc the source must be google.");
        await Expect(page.GetByTestId("conventions-state")).ToHaveTextAsync("Unsaved changes.");
        await page.ScreenshotAsync("conventions-editing");
        await page.AssertNoSeriousViolationsAsync("the conventions page");

        await page.GetByTestId("conventions-save").ClickAsync();
        await Expect(page.GetByTestId("conventions-state")).ToHaveTextAsync("No unsaved changes.");

        await using var phone = await app.NewPhonePersonAsync();
        var phonePage = await phone.SignInAsync("mona@" + Domain, $"/d/{Domain}/settings/conventions");
        await Expect(phonePage.GetByTestId("conventions-rule")).ToHaveCountAsync(1);
        await phonePage.SwitchToDarkModeAsync();
        var overflow = await phonePage.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        await phonePage.ScreenshotAsync("conventions-phone-dark");
        Assert.True(overflow <= 0, $"The conventions page is {overflow}px wider than the phone screen");
        await phonePage.AssertNoSeriousViolationsAsync("the conventions page on a phone in dark mode");
    }
}
