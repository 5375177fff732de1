using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

[Collection(AppCollection.Name)]
public sealed class NotFoundSignOutTests(AppFixture app)
{
    [Fact]
    public async Task Signing_out_from_the_not_found_page_signs_out()
    {
        await using var person = await app.NewPersonAsync();
        // Nora has no domain yet, and the not-found page opens without one: it stays where it is (OnboardingGate).
        var page = await person.SignInAsync("nora.notfound@acme.test");

        var notFound = await page.GotoAsync("/this/page/does/not/exist");
        Assert.Equal(404, notFound!.Status);
        await page.WaitForInteractiveAsync();
        // In the circuit the sign-up gate shows a progress bar until it has checked the page; then the page is back.
        await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/this/page/does/not/exist$"));
        await page.GetByTestId("user-menu").ClickAsync();
        var signOut = await page.RunAndWaitForResponseAsync(
            () => page.GetByTestId("sign-out").ClickAsync(), response => response.Url.EndsWith("/account/logout", StringComparison.Ordinal));

        Assert.Equal(302, signOut.Status);
        await Expect(page.GetByTestId("landing")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await page.GotoAsync("/profile");
        await Expect(page).ToHaveURLAsync(new Regex("/dev-idp/authorize"));
    }
}
