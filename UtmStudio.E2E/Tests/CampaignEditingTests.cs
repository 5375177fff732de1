using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>Two people edit the same campaign at once: the second save is never a silent lost update, but a choice
/// made after seeing what differs. Someone of another domain learns nothing from the campaign's address.</summary>
[Collection(AppCollection.Name)]
public sealed class CampaignEditingTests(AppFixture app)
{
    private const string Domain = "editing-co.test";

    [Fact]
    public async Task Two_people_edit_one_campaign_and_the_second_chooses_between_the_saved_version_and_their_own()
    {
        // Rosa manages the domain; Sam joins it as a team member.
        await using var rosa = await app.NewPersonAsync();
        var rosaPage = await rosa.SignInAsync("rosa@" + Domain);
        await rosaPage.GetByTestId("create-domain").ClickAsync();
        await Expect(rosaPage.GetByTestId("domain-title")).ToHaveTextAsync(Domain);
        await rosaPage.OpenAsync($"/d/{Domain}/team");
        await rosaPage.GetByTestId("add-member-email").FillAsync("sam@" + Domain);
        await rosaPage.GetByTestId("add-member-submit").ClickAsync();
        await Expect(rosaPage.GetByTestId("invitations-table")).ToContainTextAsync("sam@" + Domain);
        await using var sam = await app.NewPersonAsync();
        var samPage = await sam.SignInAsync("sam@" + Domain);
        await samPage.GetByTestId("accept-invitation").ClickAsync();
        await Expect(samPage.GetByTestId("joined-notice")).ToContainTextAsync("as team member");

        // Rosa creates a campaign from the board; its utm_campaign comes from the name. Enter saves.
        await rosaPage.OpenAsync($"/d/{Domain}/campaigns");
        var dialog = await rosaPage.OpenCampaignDialogAsync();
        await dialog.GetByTestId("campaign-name").FillAsync("Summer Launch 2026");
        await Expect(dialog.GetByTestId("campaign-utm-campaign")).ToHaveValueAsync("summer_launch_2026");
        await dialog.GetByTestId("campaign-source").FillAsync("newsletter");
        await dialog.GetByTestId("campaign-objective").FillAsync("sales");
        await rosaPage.ScreenshotAsync("campaign-dialog-create");
        await dialog.GetByTestId("campaign-name").PressAsync("Enter");
        await Expect(rosaPage.GetByTestId("campaign-dialog")).ToHaveCountAsync(0);
        var card = rosaPage.GetByTestId("campaign-card").Filter(new() { HasText = "Summer Launch 2026" });
        var campaignPath = $"/d/{Domain}/campaigns/{await card.GetAttributeAsync("data-campaign-id")}";
        await rosaPage.OpenAsync(campaignPath);
        await Expect(rosaPage.GetByTestId("campaign-title")).ToHaveTextAsync("Summer Launch 2026");
        await Expect(rosaPage.GetByTestId("utm-campaign-value")).ToHaveTextAsync("summer_launch_2026");
        await Expect(rosaPage.GetByTestId("activity-what")).ToHaveTextAsync(["created the campaign Summer Launch 2026"]);

        // Escape closes the dialog without saving anything.
        await rosaPage.OpenCampaignDialogAsync("campaign-edit");
        await rosaPage.GetByTestId("campaign-objective").FillAsync("nothing");
        await rosaPage.Keyboard.PressAsync("Escape");
        await rosaPage.Keyboard.PressAsync("Escape"); // the first may only close the suggestions
        await Expect(rosaPage.GetByTestId("campaign-dialog")).ToHaveCountAsync(0);
        await Expect(rosaPage.GetByTestId("details-objective")).ToHaveTextAsync("sales");

        // Both open the edit dialog. Rosa saves first.
        await samPage.OpenAsync(campaignPath);
        await samPage.OpenCampaignDialogAsync("campaign-edit");
        await rosaPage.OpenCampaignDialogAsync("campaign-edit");
        await rosaPage.GetByTestId("campaign-objective").FillAsync("leads");
        await rosaPage.GetByTestId("campaign-objective").PressAsync("Tab");
        await rosaPage.GetByTestId("campaign-save").ClickAsync();
        await Expect(rosaPage.GetByTestId("campaign-dialog")).ToHaveCountAsync(0);
        await Expect(rosaPage.GetByTestId("details-objective")).ToHaveTextAsync("leads");

        // Sam saves a change to the source on top of the old version: he sees what differs, field by field.
        await samPage.GetByTestId("campaign-source").FillAsync("google");
        await samPage.GetByTestId("campaign-source").PressAsync("Tab");
        await samPage.GetByTestId("campaign-save").ClickAsync();
        var differences = samPage.GetByTestId("conflict-differences");
        await Expect(Row(differences, "Objective").GetByTestId("conflict-mine")).ToHaveTextAsync("sales");
        await Expect(Row(differences, "Objective").GetByTestId("conflict-stored")).ToHaveTextAsync("leads");
        await Expect(Row(differences, "Source").GetByTestId("conflict-mine")).ToHaveTextAsync("google");
        await Expect(differences.GetByTestId("conflict-row")).ToHaveCountAsync(2);
        await samPage.ScreenshotAsync("campaign-conflict");

        // "Use saved version": his form now shows Rosa's objective; he makes his change again and it saves.
        await samPage.GetByTestId("conflict-reload").ClickAsync();
        await Expect(samPage.GetByTestId("campaign-objective")).ToHaveValueAsync("leads");
        await Expect(samPage.GetByTestId("campaign-source")).ToHaveValueAsync("newsletter");
        await samPage.GetByTestId("campaign-source").FillAsync("google");
        await samPage.GetByTestId("campaign-source").PressAsync("Tab");
        await samPage.GetByTestId("campaign-save").ClickAsync();
        await Expect(samPage.GetByTestId("campaign-dialog")).ToHaveCountAsync(0);
        await Expect(samPage.GetByTestId("details-source")).ToHaveTextAsync("google");
        await Expect(samPage.GetByTestId("details-objective")).ToHaveTextAsync("leads");

        // Round two: Rosa, whose page still shows the version before Sam's save, renames it and overwrites
        // deliberately: every field becomes hers, so Sam's source and utm_id are replaced too.
        await rosaPage.OpenCampaignDialogAsync("campaign-edit");
        await samPage.OpenCampaignDialogAsync("campaign-edit");
        await samPage.GetByTestId("campaign-utm-id").FillAsync("ga4-777");
        await samPage.GetByTestId("campaign-save").ClickAsync();
        await Expect(samPage.GetByTestId("utm-id-value")).ToHaveTextAsync("ga4-777");
        await rosaPage.GetByTestId("campaign-name").FillAsync("Summer Launch");
        await rosaPage.GetByTestId("campaign-save").ClickAsync();
        var rosaDifferences = rosaPage.GetByTestId("conflict-differences");
        await Expect(Row(rosaDifferences, "utm_id").GetByTestId("conflict-stored")).ToHaveTextAsync("ga4-777");
        await Expect(Row(rosaDifferences, "Name").GetByTestId("conflict-mine")).ToHaveTextAsync("Summer Launch");
        await Expect(rosaDifferences.GetByTestId("conflict-row")).ToHaveCountAsync(3); // name, source, utm_id
        await rosaPage.GetByTestId("conflict-overwrite").ClickAsync();
        await Expect(rosaPage.GetByTestId("campaign-dialog")).ToHaveCountAsync(0);
        await Expect(rosaPage.GetByTestId("campaign-title")).ToHaveTextAsync("Summer Launch");
        await Expect(rosaPage.GetByTestId("utm-id-none")).ToBeVisibleAsync();
        await Expect(rosaPage.GetByTestId("details-source")).ToHaveTextAsync("newsletter");
        await rosaPage.ScreenshotAsync("campaign-page");

        // A reload shows what is stored, to Sam too.
        await samPage.ReloadAsync();
        await samPage.WaitForInteractiveAsync();
        await Expect(samPage.GetByTestId("campaign-title")).ToHaveTextAsync("Summer Launch");
        await Expect(samPage.GetByTestId("campaign-delete")).ToHaveCountAsync(0); // Rosa's campaign, and he isn't a manager

        // On a phone, in dark mode: nothing scrolls sideways.
        await using var phone = await app.NewPhonePersonAsync();
        var phonePage = await phone.SignInAsync("sam@" + Domain, campaignPath);
        await Expect(phonePage.GetByTestId("campaign-title")).ToHaveTextAsync("Summer Launch");
        await phonePage.SwitchToDarkModeAsync();
        var overflow = await phonePage.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        await phonePage.ScreenshotAsync("campaign-page-phone-dark");
        Assert.True(overflow <= 0, $"The campaign page is {overflow}px wider than the phone screen");
        await phonePage.GetByTestId("campaign-edit").ClickAsync();
        await Expect(phonePage.GetByTestId("campaign-dialog")).ToBeVisibleAsync();
        await phonePage.ScreenshotAsync("campaign-dialog-phone-dark");

        // Someone of another domain opening the campaign's address sees the not-found page, and nothing of it.
        await using var dave = await app.NewPersonAsync();
        var davePage = await dave.SignInAsync("dave@other-editing.test");
        await davePage.GetByTestId("create-domain").ClickAsync();
        await Expect(davePage.GetByTestId("domain-title")).ToHaveTextAsync("other-editing.test");
        var response = await davePage.GotoAsync(campaignPath);
        Assert.Equal(404, response!.Status);
        await Expect(davePage.GetByTestId("not-found")).ToBeVisibleAsync();
        await Expect(davePage.GetByText("Summer Launch")).ToHaveCountAsync(0);

        // Nor does his own domain's address with that campaign's id show it.
        response = await davePage.GotoAsync(campaignPath.Replace(Domain, "other-editing.test", StringComparison.Ordinal));
        Assert.Equal(404, response!.Status);
        await Expect(davePage.GetByTestId("not-found")).ToBeVisibleAsync();
    }

    private static ILocator Row(ILocator differences, string field) => differences.Locator($"[data-testid=conflict-row][data-field='{field}']");
}
