using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>Pages without a domain in their address (profile, not found) keep the domain the user last had open.</summary>
[Collection(AppCollection.Name)]
public sealed class DomainContextTests(AppFixture app)
{
    [Fact]
    public async Task Profile_and_not_found_pages_keep_the_last_domain_and_its_navigation()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.SignInAsync("lena@lena-home.test");
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync("lena-home.test");
        await page.GetByTestId("domain-switcher").ClickAsync();
        await page.GetByTestId("create-domain-menu").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByTestId("domain-name-input").FillAsync("lena-shop.test");
        await page.GetByTestId("create-domain-confirm").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync("lena-shop.test");

        // A freshly loaded profile page (prerendered from the cookie) keeps lena-shop.test.
        await page.OpenAsync("/d/lena-shop.test/team");
        await page.OpenAsync("/profile");
        await Expect(page.GetByTestId("domain-switcher")).ToContainTextAsync("lena-shop.test");
        await Expect(page.GetByTestId("nav-team")).ToHaveAttributeAsync("href", "/d/lena-shop.test/team");
        await page.ScreenshotAsync("profile-keeps-domain");

        // So does a page that doesn't exist.
        var response = await page.GotoAsync("/no/such/page");
        Assert.Equal(404, response!.Status);
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("domain-switcher")).ToContainTextAsync("lena-shop.test");
        await Expect(page.GetByTestId("nav-settings")).ToHaveAttributeAsync("href", "/d/lena-shop.test/settings");

        // In-app navigation: switch to lena-home.test, then open the profile from the navigation.
        await page.OpenAsync("/d/lena-shop.test");
        await page.GetByTestId("domain-switcher").ClickAsync();
        await page.GetByTestId("switch-domain").Filter(new() { HasText = "lena-home.test" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/d/lena-home.test$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Profile" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/profile$"));
        await Expect(page.GetByTestId("domain-switcher")).ToContainTextAsync("lena-home.test");
        await Expect(page.GetByTestId("nav-team")).ToHaveAttributeAsync("href", "/d/lena-home.test/team");
    }

    [Fact]
    public async Task A_remembered_domain_the_user_does_not_belong_to_is_never_shown()
    {
        await using var other = await app.NewPersonAsync();
        var otherPage = await other.SignInAsync("olga@secret-co.test");
        await otherPage.GetByTestId("create-domain").ClickAsync();
        await Expect(otherPage.GetByTestId("domain-title")).ToHaveTextAsync("secret-co.test");

        await using var person = await app.NewPersonAsync();
        var page = await person.SignInAsync("nick@nick-co.test");
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync("nick-co.test");

        // A cookie naming someone else's domain (left by another account, or written by hand) shows nothing of it.
        await person.AddCookiesAsync([new Cookie { Name = "utmstudio-domain", Value = "secret-co.test", Url = app.BaseUrl }]);
        await page.OpenAsync("/profile");
        await Expect(page.GetByTestId("profile")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("domain-switcher")).ToContainTextAsync("Choose a domain");
        Assert.DoesNotContain("secret-co.test", await page.ContentAsync(), StringComparison.Ordinal);
    }
}
