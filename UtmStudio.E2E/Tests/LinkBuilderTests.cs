using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>A marketer builds a link, copies it (the clipboard holds exactly the preview, which is what was saved),
/// pastes a tagged URL to fill the fields, learns its GA4 channel, and is shown the existing link for a duplicate.</summary>
[Collection(AppCollection.Name)]
public sealed class LinkBuilderTests(AppFixture app)
{
    private const string Domain = "builder-co.test";

    [Fact]
    public async Task A_marketer_builds_copies_and_saves_a_link_and_a_pasted_tagged_url_fills_the_fields()
    {
        await using var lena = await app.NewPersonAsync();
        await lena.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await lena.SignInAsync("lena@" + Domain);
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync(Domain);
        var campaignId = await CreateCampaignAsync(page, "Spring Sale", "newsletter");

        // The builder opens from the campaign: utm_campaign and the source come from it.
        await page.OpenAsync($"/d/{Domain}/links/new?campaign={campaignId}");
        await Expect(page.GetByTestId("link-utm-campaign")).ToHaveValueAsync("spring_sale");
        await Expect(page.GetByTestId("link-source")).ToHaveValueAsync("newsletter");
        await Expect(page.GetByTestId("url-pending")).ToBeVisibleAsync();

        await page.GetByTestId("link-landing-url").FillAsync($"https://{Domain}/spring?ref=nav#offer");
        await page.GetByTestId("link-medium").FillAsync("email");
        await page.GetByTestId("link-content").FillAsync("hero banner");
        var expected = $"https://{Domain}/spring?ref=nav&utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale&utm_content=hero%20banner#offer";
        await Expect(page.GetByTestId("url-preview")).ToHaveTextAsync(expected);
        await Expect(page.GetByTestId("channel-name")).ToHaveTextAsync("Email");
        await Expect(page.GetByTestId("qr-image")).ToBeVisibleAsync();
        await page.Mouse.MoveAsync(1, 400);
        await page.ScreenshotAsync("link-builder");
        await page.AssertNoSeriousViolationsAsync("the link builder");

        // One click copies exactly what the preview shows.
        await page.GetByTestId("copy-full-url").ClickAsync();
        await Expect(page.GetByTestId("copy-full-url")).ToHaveTextAsync("Copied");
        Assert.Equal(expected, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));

        // Saved, the link page shows the same URL.
        await page.GetByTestId("save-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/d/{Regex.Escape(Domain)}/links/[0-9a-f-]{{36}}$"));
        await Expect(page.GetByTestId("url-preview")).ToHaveTextAsync(expected);
        await Expect(page.GetByTestId("channel-name")).ToHaveTextAsync("Email");
        var savedNotice = page.GetByText("The link was saved. Copy it from here.");
        await Expect(savedNotice).ToBeVisibleAsync();
        await page.ScreenshotAsync("link-page");
        // axe looks at the page itself, not at the notice fading out over it.
        await Expect(savedNotice).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await page.AssertNoSeriousViolationsAsync("the link page");

        // Another link: a tagged URL pasted into the landing page fills the fields, and keeps the page's own parameters.
        await page.GetByTestId("link-another").ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("link-utm-campaign")).ToHaveValueAsync("spring_sale");
        await page.GetByTestId("link-landing-url").FillAsync($"https://{Domain}/p?id=7&utm_source=x&utm_medium=cpc&utm_content=ad1&utm_campaign=old");
        await Expect(page.GetByTestId("link-landing-url")).ToHaveValueAsync($"https://{Domain}/p?id=7");
        await Expect(page.GetByTestId("link-source")).ToHaveValueAsync("x");
        await Expect(page.GetByTestId("link-medium")).ToHaveValueAsync("cpc");
        await Expect(page.GetByTestId("link-content")).ToHaveValueAsync("ad1");
        await Expect(page.GetByTestId("paste-notice")).ToContainTextAsync("Kept id as part of the landing page");
        await Expect(page.GetByTestId("paste-notice")).ToContainTextAsync("utm_campaign=old");
        // GA4 does not know x as a social site: the channel is Paid Other, and the builder says so before launch.
        await Expect(page.GetByTestId("channel-name")).ToHaveTextAsync("Paid Other");
        await Expect(page.GetByTestId("channel-warning")).ToContainTextAsync("Paid Social");
        await page.Mouse.MoveAsync(1, 400);
        await page.ScreenshotAsync("link-builder-pasted");

        // The first link again is a duplicate: the builder shows the one that exists instead of saving a second.
        await page.GetByTestId("link-landing-url").FillAsync($"https://{Domain}/spring?ref=nav#offer");
        await page.GetByTestId("link-source").FillAsync("newsletter");
        await page.GetByTestId("link-medium").FillAsync("email");
        await page.GetByTestId("link-content").FillAsync("hero banner");
        await Expect(page.GetByTestId("url-preview")).ToHaveTextAsync(expected);
        await page.GetByTestId("save-link").ClickAsync();
        await Expect(page.GetByTestId("link-duplicate")).ToContainTextAsync("This exact link already exists in Spring Sale");
        await page.GetByTestId("open-duplicate").ClickAsync();
        await Expect(page.GetByTestId("url-preview")).ToHaveTextAsync(expected);
        var linkPath = new Uri(page.Url).AbsolutePath;

        // The domain's links list it, with a copy button of its own; so does the campaign page.
        await page.GetByTestId("nav-links").ClickAsync(); // the navigation's (the link page's back button reads "Links" too until the link has loaded)
        await Expect(page).ToHaveURLAsync(new Regex($"/d/{Regex.Escape(Domain)}/links$"));
        await Expect(page.GetByTestId("link-row")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("link-channel")).ToHaveTextAsync("Email");
        await page.EvaluateAsync("navigator.clipboard.writeText('')");
        await page.GetByTestId("link-copy").ClickAsync();
        await Expect(page.GetByText("Link copied")).ToBeVisibleAsync();
        Assert.Equal(expected, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        await page.Mouse.MoveAsync(1, 400);
        await page.ScreenshotAsync("links-list");
        await Expect(page.GetByText("Link copied")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await page.AssertNoSeriousViolationsAsync("the links list");
        await page.OpenAsync($"/d/{Domain}/campaigns/{campaignId}");
        await Expect(page.GetByTestId("link-row")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("campaign-links");

        // The export holds the one saved link, as saved.
        var export = await page.APIRequest.GetAsync($"/d/{Domain}/links/export.csv");
        Assert.Equal(200, export.Status);
        var rows = ReadCsv(await export.TextAsync());
        var row = Assert.Single(rows);
        Assert.Equal((expected, "Spring Sale", "Email", "hero banner"), (row["full_url"], row["campaign"], row["ga4_channel"], row["utm_content"]));

        // Someone of another domain gets the not-found page for the link, and a 404 for the export.
        await using var dave = await app.NewPersonAsync();
        var davePage = await dave.SignInAsync("dave@elsewhere-links.test");
        await davePage.GetByTestId("create-domain").ClickAsync();
        await Expect(davePage.GetByTestId("domain-title")).ToHaveTextAsync("elsewhere-links.test");
        Assert.Equal(404, (await davePage.GotoAsync(linkPath))!.Status);
        await Expect(davePage.GetByTestId("not-found")).ToBeVisibleAsync();
        await Expect(davePage.GetByText("spring_sale")).ToHaveCountAsync(0);
        Assert.Equal(404, (await davePage.APIRequest.GetAsync($"/d/{Domain}/links/export.csv")).Status);
    }

    private static List<Dictionary<string, string>> ReadCsv(string text)
    {
        using var reader = new CsvHelper.CsvReader(new StringReader(text.TrimStart('\uFEFF')), System.Globalization.CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.HeaderRecord!.ToDictionary(h => h, h => reader.GetField(h) ?? ""));
        }

        return rows;
    }

    [Fact]
    public async Task Editing_a_links_values_asks_first_because_copies_already_out_keep_their_old_tags()
    {
        const string domain = "edit-" + Domain;
        await using var eva = await app.NewPersonAsync();
        var page = await eva.SignInAsync("eva@" + domain);
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync(domain);
        var campaignId = await CreateCampaignAsync(page, "Winter Deals", "newsletter", domain);
        await page.OpenAsync($"/d/{domain}/links/new?campaign={campaignId}");
        await page.GetByTestId("link-landing-url").FillAsync($"https://{domain}/winter");
        await page.GetByTestId("link-medium").FillAsync("email");
        await page.GetByTestId("save-link").ClickAsync();
        await Expect(page.GetByTestId("link-edit")).ToBeVisibleAsync();
        var before = $"https://{domain}/winter?utm_source=newsletter&utm_medium=email&utm_campaign=winter_deals";
        await Expect(page.GetByTestId("url-preview")).ToHaveTextAsync(before);

        await page.GetByTestId("link-edit").ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("builder-title")).ToHaveTextAsync("Edit link");
        await Expect(page.GetByTestId("link-landing-url")).ToHaveValueAsync($"https://{domain}/winter");
        await page.GetByTestId("link-content").FillAsync("banner");
        var after = before + "&utm_content=banner";
        await Expect(page.GetByTestId("url-preview")).ToHaveTextAsync(after);

        // Cancelling the question changes nothing; confirming saves the new URL.
        await page.GetByTestId("save-link").ClickAsync();
        await Expect(page.GetByTestId("confirm-dialog")).ToContainTextAsync("keep the old URL with its old tags");
        await page.GetByTestId("confirm-cancel").ClickAsync();
        await Expect(page.GetByTestId("builder-title")).ToHaveTextAsync("Edit link");
        await page.GetByTestId("save-link").ClickAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Expect(page.GetByTestId("link-edit")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("url-preview")).ToHaveTextAsync(after);
    }

    [Fact]
    public async Task The_builder_on_a_phone_in_dark_mode_fits_the_screen_and_axe_is_content()
    {
        await using var owner = await app.NewPersonAsync();
        var ownerPage = await owner.SignInAsync("omar@phone-" + Domain);
        await ownerPage.GetByTestId("create-domain").ClickAsync();
        await Expect(ownerPage.GetByTestId("domain-title")).ToHaveTextAsync("phone-" + Domain);
        var campaignId = await CreateCampaignAsync(ownerPage, "Phone Promo", "instagram", "phone-" + Domain);

        await using var phone = await app.NewPhonePersonAsync();
        var page = await phone.SignInAsync("omar@phone-" + Domain, $"/d/phone-{Domain}/links/new?campaign={campaignId}");
        await page.SwitchToDarkModeAsync();
        await page.GetByTestId("link-landing-url").FillAsync($"https://phone-{Domain}/promo");
        await page.GetByTestId("link-medium").FillAsync("social");
        await Expect(page.GetByTestId("channel-name")).ToHaveTextAsync("Organic Social");
        await page.Mouse.MoveAsync(1, 400);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        await page.ScreenshotAsync("link-builder-phone-dark");
        Assert.True(overflow <= 0, $"The builder is {overflow}px wider than the phone screen");
        await page.AssertNoSeriousViolationsAsync("the link builder on a phone in dark mode");
    }

    private static async Task<string> CreateCampaignAsync(IPage page, string name, string source, string domain = Domain)
    {
        await page.OpenAsync($"/d/{domain}/campaigns");
        var dialog = await page.OpenCampaignDialogAsync();
        await dialog.GetByTestId("campaign-name").FillAsync(name);
        await dialog.GetByTestId("campaign-source").FillAsync(source);
        await dialog.GetByTestId("campaign-objective").FillAsync("sales");
        await dialog.GetByTestId("campaign-save").ClickAsync();
        await Expect(page.GetByTestId("campaign-dialog")).ToHaveCountAsync(0);
        var card = page.GetByTestId("campaign-card").Filter(new() { HasText = name });
        return (await card.GetAttributeAsync("data-campaign-id"))!;
    }
}
