using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

[Collection(AppCollection.Name)]
public sealed class SignInProblemTests(AppFixture app)
{
    [Fact]
    public async Task A_wrong_client_secret_is_shown_as_a_configuration_problem_and_logged_plainly()
    {
        var misconfigured = await app.WrongClientSecretAsync();
        await using var person = await app.NewPersonAsync(misconfigured.BaseUrl);
        var page = await person.NewPageAsync();

        await page.GotoAsync("/account/login?returnUrl=%2Fdashboard");
        await page.SubmitDevSignInAsync("walter.wrongsecret@acme.test");

        await Expect(page.GetByTestId("signin-failed-reason")).ToContainTextAsync("configuration problem");
        await Expect(page.GetByTestId("signin-failed-reason")).Not.ToContainTextAsync("took too long");
        await page.ScreenshotAsync("signin-failed-configuration");
        await misconfigured.WaitForOutputAsync("refused this app's configuration: it answered invalid_client");
        Assert.DoesNotContain(Variants.WrongSecret, misconfigured.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_failure_page_offers_another_account()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.NewPageAsync();
        await page.OpenAsync("/account/signin-failed?reason=email-in-use");

        await page.GetByRole(AriaRole.Link, new() { Name = "Use another account" }).ClickAsync();

        // prompt=login reaches the provider, which shows its sign-in form again.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dev-idp/authorize.*prompt=login"));
        await Expect(page.GetByLabel("Email")).ToBeVisibleAsync();
    }
}
