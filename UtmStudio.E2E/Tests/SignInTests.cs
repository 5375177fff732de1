using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

[Collection(AppCollection.Name)]
public sealed class SignInTests(AppFixture app)
{
    [Fact]
    public async Task Visitor_sees_the_landing_page_with_a_sign_in_button()
    {
        await using var visitor = await app.NewPersonAsync();
        var page = await visitor.NewPageAsync();

        await page.GotoAsync("/");
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByTestId("landing")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Campaign links");
        await Expect(page.GetByTestId("sign-in")).ToBeVisibleAsync();
        await page.ScreenshotAsync("landing");
    }

    [Fact]
    public async Task A_new_email_signs_in_through_the_identity_provider_and_lands_in_the_app()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForInteractiveAsync();

        await page.GetByTestId("get-started").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/dev-idp/authorize"));
        await page.ScreenshotAsync("dev-identity-provider");
        await page.SubmitDevSignInAsync("ada.lovelace@acme.test");
        await page.WaitForInteractiveAsync();

        // Rule 3: someone in no domain is asked to name one before anything else opens.
        await Expect(page).ToHaveURLAsync(new Regex("/welcome$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welcome to UtmStudio");
        await page.ScreenshotAsync("welcome");

        await page.GetByTestId("user-menu").ClickAsync();
        await Expect(page.GetByTestId("user-email")).ToHaveTextAsync("ada.lovelace@acme.test");
        await page.GetByRole(AriaRole.Link, new() { Name = "Profile" }).Last.ClickAsync();
        await Expect(page.GetByTestId("profile-email")).ToHaveTextAsync("ada.lovelace@acme.test");
        await page.ScreenshotAsync("profile");
    }

    [Fact]
    public async Task Two_people_in_separate_browsers_are_different_users()
    {
        await using var first = await app.NewPersonAsync();
        await using var second = await app.NewPersonAsync();

        var firstPage = await first.SignInAsync("grace@first.test");
        var secondPage = await second.SignInAsync("linus@second.test");

        await firstPage.GotoAsync("/profile");
        await secondPage.GotoAsync("/profile");
        await Expect(firstPage.GetByTestId("profile-email")).ToHaveTextAsync("grace@first.test");
        await Expect(secondPage.GetByTestId("profile-email")).ToHaveTextAsync("linus@second.test");

        await firstPage.ReloadAsync();
        await Expect(firstPage.GetByTestId("profile-email")).ToHaveTextAsync("grace@first.test");
    }

    [Fact]
    public async Task Sign_out_returns_to_the_landing_page_and_protected_pages_then_ask_to_sign_in()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.SignInAsync("margaret@acme.test");

        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();

        await Expect(page.GetByTestId("landing")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/$"));

        await page.GotoAsync("/profile");
        await Expect(page).ToHaveURLAsync(new Regex("/dev-idp/authorize"));
        await Expect(page.GetByLabel("Email")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task After_sign_in_a_foreign_return_url_is_ignored()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.NewPageAsync();

        await page.GotoAsync("/account/login?returnUrl=" + Uri.EscapeDataString("https://evil.example/steal"));
        await page.SubmitDevSignInAsync("barbara@acme.test");
        await page.WaitForInteractiveAsync();

        Assert.StartsWith(app.BaseUrl, page.Url, StringComparison.Ordinal);
        await Expect(page.GetByTestId("user-menu")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_invalid_email_on_the_identity_provider_page_is_explained()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.NewPageAsync();
        await page.GotoAsync("/account/login");

        // The browser's own type=email check would stop "not-an-email"; this one passes it but is not an address we accept.
        await page.GetByLabel("Email").FillAsync("a@b");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("valid email");
        await Expect(page.GetByLabel("Email")).ToHaveValueAsync("a@b");
    }
}
