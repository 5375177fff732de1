using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>Marketers check links on their phones: the main pages fit a phone screen without sideways scrolling.</summary>
[Collection(AppCollection.Name)]
public sealed class ResponsiveTests(AppFixture app)
{
    [Fact]
    public async Task The_domain_pages_fit_a_phone_screen()
    {
        await using var phone = await app.NewPhonePersonAsync();
        var page = await phone.SignInAsync("pia@mobile-co.test");
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync("mobile-co.test");

        foreach (var (path, name) in new[] { ("/d/mobile-co.test", "phone-home"), ("/d/mobile-co.test/team", "phone-team"), ("/d/mobile-co.test/settings", "phone-settings"), ("/profile", "phone-profile") })
        {
            await page.OpenAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            await page.ScreenshotAsync(name);
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the phone screen");
        }
    }
}
