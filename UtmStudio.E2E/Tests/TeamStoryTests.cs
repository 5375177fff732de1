using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>Rules 1–5 as a company lives them, each person in their own browser.</summary>
[Collection(AppCollection.Name)]
public sealed class TeamStoryTests(AppFixture app)
{
    [Fact]
    public async Task Acme_signs_up_grows_its_team_and_keeps_its_sign_up_domain()
    {
        // Ann names acme.test and becomes its manager (rule 2).
        await using var ann = await app.NewPersonAsync();
        var annPage = await ann.SignInAsync("ann@acme.test");
        await annPage.GetByTestId("create-domain").ClickAsync();
        await Expect(annPage.GetByTestId("role-chip")).ToHaveTextAsync("Manager");

        // Bob names acme.test too: he cannot join by naming it, so he asks (rule 3).
        await using var bob = await app.NewPersonAsync();
        var bobPage = await bob.SignInAsync("bob@acme.test");
        await bobPage.GetByTestId("create-domain").ClickAsync();
        await bobPage.GetByTestId("request-access").ClickAsync();
        await Expect(bobPage.GetByTestId("pending-request")).ToContainTextAsync("acme.test");

        // Ann approves; Bob is now a team member of acme.test.
        await annPage.OpenAsync("/d/acme.test/team");
        await Expect(annPage.GetByTestId("access-request-email")).ToHaveTextAsync("bob@acme.test");
        await annPage.ScreenshotAsync("team-access-request");
        await annPage.GetByTestId("access-request-approve").ClickAsync();
        await Expect(annPage.GetByTestId("members-table")).ToContainTextAsync("bob@acme.test");

        await bobPage.GetByTestId("check-again").ClickAsync();
        await Expect(bobPage).ToHaveURLAsync(new Regex("/d/acme.test$"));
        await Expect(bobPage.GetByTestId("role-chip")).ToHaveTextAsync("Team member");

        // Ann invites Carol, who has no account yet (rule 5). Signing in with that email offers the invitation on the
        // welcome page; nobody is joined without choosing it. Carol accepts and lands inside acme.test.
        await annPage.GetByTestId("add-member-email").FillAsync("carol@acme.test");
        await annPage.GetByTestId("add-member-submit").ClickAsync();
        await Expect(annPage.GetByTestId("invitation-link")).ToContainTextAsync("/invitations/");
        await annPage.ScreenshotAsync("team-invited");

        await using var carol = await app.NewPersonAsync();
        var carolPage = await carol.SignInAsync("carol@acme.test");
        await Expect(carolPage).ToHaveURLAsync(new Regex("/welcome$"));
        await Expect(carolPage.GetByTestId("invitation-offer-text")).ToContainTextAsync("Ann invited you to join acme.test as team member.");
        await carolPage.ScreenshotAsync("welcome-invitation-offer");
        await carolPage.GetByTestId("accept-invitation").ClickAsync();
        await Expect(carolPage).ToHaveURLAsync(new Regex("/d/acme.test"));
        await Expect(carolPage.GetByTestId("joined-notice")).ToContainTextAsync("You joined acme.test as team member");

        // Ann creates a second domain (rule 1), deletes it, and cannot delete the one she signed up with (rule 4).
        await annPage.GetByTestId("domain-switcher").ClickAsync();
        await annPage.GetByTestId("create-domain-menu").ClickAsync();
        await annPage.GetByRole(AriaRole.Dialog).GetByTestId("domain-name-input").FillAsync("acme-shop.test");
        await annPage.GetByTestId("create-domain-confirm").ClickAsync();
        await Expect(annPage.GetByTestId("domain-title")).ToHaveTextAsync("acme-shop.test");

        await annPage.OpenAsync("/d/acme-shop.test/settings");
        await annPage.GetByTestId("delete-domain").ClickAsync();
        await Expect(annPage.GetByTestId("delete-domain-submit")).ToBeDisabledAsync();
        await annPage.GetByTestId("delete-domain-confirmation").FillAsync("acme-shop.test");
        await annPage.ScreenshotAsync("delete-domain-dialog");
        await annPage.GetByTestId("delete-domain-submit").ClickAsync();
        await Expect(annPage).ToHaveURLAsync(new Regex("/d/acme.test$"));

        await annPage.OpenAsync("/d/acme.test/settings");
        await Expect(annPage.GetByTestId("delete-blocked")).ToContainTextAsync("acme.test is your home domain");
        await Expect(annPage.GetByTestId("delete-domain")).ToBeDisabledAsync();
        await annPage.ScreenshotAsync("settings-signup-domain");

        var gone = await annPage.GotoAsync("/d/acme-shop.test");
        Assert.Equal(404, gone!.Status);

        // Someone of another domain typing acme.test's addresses learns nothing.
        await using var dave = await app.NewPersonAsync();
        var davePage = await dave.SignInAsync("dave@globex.test");
        await davePage.GetByTestId("create-domain").ClickAsync();
        await Expect(davePage.GetByTestId("domain-title")).ToHaveTextAsync("globex.test");
        var response = await davePage.GotoAsync("/d/acme.test/team");
        Assert.Equal(404, response!.Status);
        await Expect(davePage.GetByTestId("not-found")).ToBeVisibleAsync();
        await Expect(davePage.GetByText("bob@acme.test")).ToHaveCountAsync(0);
    }
}
