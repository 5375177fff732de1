using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>Issue 6, as people do it: claim a domain, see it is unverified, publish the DNS record and verify it;
/// names nobody can claim; an operator gives a claimed domain to its real owner.</summary>
[Collection(AppCollection.Name)]
public sealed class DomainOwnershipTests(AppFixture app)
{
    [Fact]
    public async Task A_domain_named_with_an_email_elsewhere_is_unverified_until_its_dns_record_is_published()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.SignInAsync("cara@mail-kappa.test");
        await Expect(page).ToHaveURLAsync(new Regex("/welcome$"));
        await page.GetByTestId("domain-name-input").FillAsync("kappa-corp.test");
        await page.GetByTestId("create-domain").ClickAsync();

        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync("kappa-corp.test");
        await Expect(page.GetByTestId("unverified-banner")).ToContainTextAsync("kappa-corp.test is not verified yet");
        await page.ScreenshotAsync("unverified-banner");

        await page.GetByTestId("unverified-banner-verify").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/d/kappa-corp.test/settings"));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("verification-record-name")).ToHaveTextAsync("_utmstudio.kappa-corp.test");
        var value = (await page.GetByTestId("verification-record-value").TextContentAsync())!.Trim();
        await page.GetByTestId("verification-check").ClickAsync();
        await Expect(page.GetByTestId("verification-result")).ToContainTextAsync("does not exist in DNS yet");
        await page.ScreenshotAsync("verification-card-unverified");

        app.Dns.SetTxt("_utmstudio.kappa-corp.test", value);
        await page.GetByTestId("verification-check").ClickAsync();

        await Expect(page.GetByTestId("verification-chip")).ToHaveTextAsync("Verified by DNS");
        await Expect(page.GetByTestId("unverified-banner")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("verification-card-verified");
    }

    [Fact]
    public async Task A_public_suffix_or_mail_service_is_refused_as_it_is_typed_and_a_company_email_verifies_at_once()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.SignInAsync("lou@mu-corp.test");
        await page.GetByTestId("domain-name-input").FillAsync("co.uk");
        await Expect(page.GetByText("co.uk is a public suffix", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("create-domain")).ToBeDisabledAsync();
        await page.ScreenshotAsync("welcome-public-suffix");
        await page.GetByTestId("domain-name-input").FillAsync("gmail.com");
        await Expect(page.GetByText("gmail.com is a public email service", new() { Exact = false })).ToBeVisibleAsync();

        await page.GetByTestId("domain-name-input").FillAsync("ＭＵ－ＣＯＲＰ．ＴＥＳＴ");
        await Expect(page.GetByTestId("domain-name-preview")).ToHaveTextAsync("We'll save: mu-corp.test");
        await page.GetByTestId("create-domain").ClickAsync();

        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync("mu-corp.test");
        await Expect(page.GetByTestId("unverified-banner")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_operator_reassigns_a_claimed_domain_to_its_real_owner()
    {
        await using var claimant = await app.NewPersonAsync();
        var claimantPage = await claimant.SignInAsync("claire@mail-lambda.test");
        await claimantPage.GetByTestId("domain-name-input").FillAsync("lambda-corp.test");
        await claimantPage.GetByTestId("create-domain").ClickAsync();
        await Expect(claimantPage.GetByTestId("domain-title")).ToHaveTextAsync("lambda-corp.test");
        await using var owner = await app.NewPersonAsync();
        var ownerPage = await owner.SignInAsync("lena@lambda-corp.test");

        await using var operatorPerson = await app.NewPersonAsync();
        var operatorPage = await operatorPerson.SignInAsync("operator@utmstudio.test", returnUrl: "/operator");
        var row = operatorPage.GetByRole(AriaRole.Row).Filter(new() { HasText = "lambda-corp.test" });
        await Expect(row.GetByTestId("verification-chip")).ToHaveTextAsync("Unverified");
        await row.GetByTestId("operator-ownership-menu").ClickAsync();
        await operatorPage.GetByTestId("operator-reassign").ClickAsync();
        await operatorPage.GetByTestId("reassign-email").FillAsync("lena@lambda-corp.test");
        await Expect(operatorPage.GetByTestId("reassign-consequences")).ToContainTextAsync("lena@lambda-corp.test becomes the only manager");
        await Expect(operatorPage.GetByTestId("reassign-consequences")).ToContainTextAsync("loses access");
        await Expect(operatorPage.GetByTestId("reassign-confirm")).ToBeEnabledAsync();
        await operatorPage.ScreenshotAsync("operator-reassign-dialog");
        await operatorPage.GetByTestId("reassign-confirm").ClickAsync();

        await Expect(operatorPage.GetByText("lena@lambda-corp.test now manages lambda-corp.test", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(row.GetByTestId("verification-chip")).ToHaveTextAsync("Verified by an operator");
        await Expect(row).ToContainTextAsync("lena@lambda-corp.test");
        await operatorPage.ScreenshotAsync("operator-ownership");

        await ownerPage.OpenAsync("/d/lambda-corp.test/settings");
        await Expect(ownerPage.GetByTestId("verification-chip")).ToHaveTextAsync("Verified by an operator");
        // The claimant has no domain any more: like anyone without one, they are sent to set one up.
        await claimantPage.GotoAsync("/d/lambda-corp.test");
        await Expect(claimantPage).ToHaveURLAsync(new Regex("/welcome$"));
    }
}
