using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

[Collection(AppCollection.Name)]
public sealed class SubscriptionAndInvitationTests(AppFixture app)
{
    [Fact]
    public async Task An_invitation_link_opened_by_another_account_is_explained_and_grants_nothing()
    {
        await using var manager = await app.NewPersonAsync();
        var managerPage = await manager.SignInAsync("mia@zeta-co.test");
        await managerPage.GetByTestId("create-domain").ClickAsync();
        await Expect(managerPage.GetByTestId("domain-title")).ToHaveTextAsync("zeta-co.test");
        await managerPage.OpenAsync("/d/zeta-co.test/team");
        await managerPage.GetByTestId("add-member-email").FillAsync("ines@zeta-co.test");
        await managerPage.GetByTestId("add-member-submit").ClickAsync();
        var link = (await managerPage.GetByTestId("invitation-link").TextContentAsync())!.Trim();

        await using var stranger = await app.NewPersonAsync();
        var strangerPage = await stranger.SignInAsync("sam@elsewhere-zeta.test");
        await strangerPage.OpenAsync(link);

        await Expect(strangerPage.GetByTestId("invitation-other-email")).ToContainTextAsync("in…@zeta-co.test");
        await strangerPage.ScreenshotAsync("invitation-other-account");
        await strangerPage.GotoAsync("/d/zeta-co.test");
        await Expect(strangerPage).ToHaveURLAsync(new Regex("/welcome$"));

        // "Sign out and sign in with the invited email" leads through the sign-in form, and signing in with the
        // invited email brings the invitation back, offered; accepting it joins.
        await strangerPage.OpenAsync(link);
        await strangerPage.GetByTestId("invitation-sign-out").ClickAsync();
        await Expect(strangerPage).ToHaveURLAsync(new Regex("/dev-idp/authorize"));
        await strangerPage.SubmitDevSignInAsync("ines@zeta-co.test");
        await Expect(strangerPage.GetByTestId("invitation-offered")).ToContainTextAsync("Join zeta-co.test?");
        await strangerPage.GetByTestId("accept-invitation").ClickAsync();
        await Expect(strangerPage.GetByTestId("joined-notice")).ToContainTextAsync("You joined zeta-co.test");
    }

    [Fact]
    public async Task An_operator_makes_a_domain_inactive_and_it_becomes_read_only_for_its_team()
    {
        await using var manager = await app.NewPersonAsync();
        var managerPage = await manager.SignInAsync("max@theta-co.test");
        await managerPage.GetByTestId("create-domain").ClickAsync();
        await Expect(managerPage.GetByTestId("domain-title")).ToHaveTextAsync("theta-co.test");

        await using var operatorPerson = await app.NewPersonAsync();
        var operatorPage = await operatorPerson.SignInAsync("operator@utmstudio.test", returnUrl: "/operator");
        var row = operatorPage.GetByRole(AriaRole.Row).Filter(new() { HasText = "theta-co.test" });
        await row.GetByTestId("operator-status").ClickAsync();
        await operatorPage.GetByRole(AriaRole.Option, new() { Name = "Inactive" }).ClickAsync();
        await Expect(operatorPage.GetByText("theta-co.test is now inactive", new() { Exact = false })).ToBeVisibleAsync();
        await operatorPage.ScreenshotAsync("operator");

        await managerPage.OpenAsync("/d/theta-co.test/team");
        await Expect(managerPage.GetByTestId("read-only-banner")).ToContainTextAsync("short links keep working");
        await Expect(managerPage.GetByTestId("add-member-submit")).ToBeDisabledAsync();
        await managerPage.ScreenshotAsync("team-read-only");

        // Nobody else may open the operator page.
        var denied = await managerPage.GotoAsync("/operator");
        Assert.Equal(404, denied!.Status);
        await Expect(managerPage.GetByTestId("not-found")).ToBeVisibleAsync();
    }
}
