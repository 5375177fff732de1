using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>Rules 2 and 3 in the browser: a domain is needed to sign up; the first user of a domain manages it.</summary>
[Collection(AppCollection.Name)]
public sealed class OnboardingTests(AppFixture app)
{
    [Fact]
    public async Task The_welcome_page_shows_what_will_be_saved_before_anything_is_created()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.SignInAsync("pat@gmail.com");

        // A public mail provider is never suggested as the company's domain.
        await Expect(page.GetByTestId("domain-name-input")).ToHaveValueAsync(string.Empty);

        await page.GetByTestId("domain-name-input").FillAsync("https://WWW.Preview-Co.test/about");

        await Expect(page.GetByTestId("domain-name-preview")).ToHaveTextAsync("We'll save: preview-co.test");
        await Expect(page.GetByTestId("domain-name-notice").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("welcome-normalization");

        await page.GetByTestId("domain-name-input").FillAsync("localhost:8080");
        await Expect(page.GetByText("Leave out the port")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("create-domain")).ToBeDisabledAsync();
    }

    [Fact]
    public async Task A_new_domain_makes_its_first_user_the_manager_and_others_must_ask_for_access()
    {
        await using var founder = await app.NewPersonAsync();
        var founderPage = await founder.SignInAsync("founder@first-co.test");
        await Expect(founderPage).ToHaveURLAsync(new Regex("/welcome$"));
        await Expect(founderPage.GetByTestId("domain-name-input")).ToHaveValueAsync("first-co.test");

        await founderPage.GetByTestId("create-domain").ClickAsync();

        await Expect(founderPage).ToHaveURLAsync(new Regex("/d/first-co.test"));
        await Expect(founderPage.GetByTestId("domain-title")).ToHaveTextAsync("first-co.test");
        await Expect(founderPage.GetByTestId("role-chip")).ToHaveTextAsync("Manager");
        await Expect(founderPage.GetByTestId("domain-switcher")).ToContainTextAsync("first-co.test");
        await founderPage.ScreenshotAsync("domain-home");
        await founderPage.GotoAsync("/profile");
        var founderDomain = founderPage.GetByTestId("profile-domain").Filter(new() { HasText = "first-co.test" });
        await Expect(founderDomain).ToContainTextAsync("Manager");
        await Expect(founderDomain.GetByTestId("home-domain")).ToBeVisibleAsync();
        await founderPage.GoBackAsync();

        await using var colleague = await app.NewPersonAsync();
        var colleaguePage = await colleague.SignInAsync("colleague@first-co.test");
        await colleaguePage.GetByTestId("create-domain").ClickAsync();

        await Expect(colleaguePage.GetByTestId("domain-taken")).ToContainTextAsync("first-co.test already has a team");
        await colleaguePage.GetByTestId("request-access").ClickAsync();
        await Expect(colleaguePage.GetByTestId("pending-request")).ToContainTextAsync("first-co.test");

        // Still no domain: every other page sends the colleague back to the welcome page.
        await colleaguePage.OpenAsync("/d/first-co.test/team");
        await Expect(colleaguePage).ToHaveURLAsync(new Regex("/welcome$"));
        await Expect(colleaguePage.GetByTestId("pending-request")).ToContainTextAsync("first-co.test");

        // The founder declines; the colleague is told, and can still name another domain.
        await founderPage.OpenAsync("/d/first-co.test/team");
        await founderPage.GetByTestId("access-request-decline").ClickAsync();
        await founderPage.GetByTestId("confirm-ok").ClickAsync();
        await Expect(founderPage.GetByTestId("access-requests-empty")).ToBeVisibleAsync();

        await colleaguePage.ReloadAsync();
        await Expect(colleaguePage.GetByTestId("declined-request")).ToContainTextAsync("first-co.test");
        await Expect(colleaguePage.GetByTestId("pending-request")).ToHaveCountAsync(0);
        await colleaguePage.ScreenshotAsync("welcome-declined");
    }

    [Fact]
    public async Task A_member_of_another_domain_sees_not_found_for_its_pages()
    {
        await using var owner = await app.NewPersonAsync();
        var ownerPage = await owner.SignInAsync("owner@private-co.test");
        await ownerPage.GetByTestId("create-domain").ClickAsync();
        await Expect(ownerPage.GetByTestId("domain-title")).ToHaveTextAsync("private-co.test");

        await using var outsider = await app.NewPersonAsync();
        var outsiderPage = await outsider.SignInAsync("outsider@elsewhere-co.test");
        await outsiderPage.GetByTestId("create-domain").ClickAsync();
        await Expect(outsiderPage.GetByTestId("domain-title")).ToHaveTextAsync("elsewhere-co.test");

        foreach (var path in new[] { "/d/private-co.test", "/d/private-co.test/team", "/d/private-co.test/settings", "/d/private-co.test/audit" })
        {
            var response = await outsiderPage.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            await Expect(outsiderPage.GetByTestId("not-found")).ToBeVisibleAsync();
            await Expect(outsiderPage.GetByText("private-co.test")).ToHaveCountAsync(0);
        }
    }
}
