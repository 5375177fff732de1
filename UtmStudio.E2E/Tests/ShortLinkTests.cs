using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>
/// A visitor opens a short link in the browser and lands on the campaign's page (the landing site is the test's:
/// the visitor's browser goes "out" through a loopback proxy that answers it); the link's analytics then show that
/// one click. The demo domain's
/// dashboard shows its 90 days of clicks in charts, and axe finds nothing serious.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ShortLinkTests(AppFixture app)
{
    private const string Domain = "shortlink-co.test";

    [Fact]
    public async Task A_visitor_opens_the_short_link_lands_on_the_page_and_the_link_shows_one_click()
    {
        await using var sara = await app.NewPersonAsync();
        var page = await sara.SignInAsync("sara@" + Domain);
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync(Domain);
        var campaignId = await CreateCampaignAsync(page);
        await page.OpenAsync($"/d/{Domain}/links/new?campaign={campaignId}");
        // http: the visitor's browser reaches the landing site through a plain HTTP proxy (no TLS to stand in for).
        await page.GetByTestId("link-landing-url").FillAsync($"http://{Domain}/shoes");
        await page.GetByTestId("link-medium").FillAsync("email");
        await page.GetByTestId("save-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/d/{Regex.Escape(Domain)}/links/[0-9a-f-]{{36}}$"));
        var linkPage = page.Url;
        var fullUrl = await page.GetByTestId("url-preview").TextContentAsync();
        var shortLink = (await page.GetByTestId("short-link-url").TextContentAsync())!.Trim();
        Assert.Matches($"^{Regex.Escape(app.BaseUrl)}/l/[A-Za-z0-9]{{8}}$", shortLink);

        // Someone who saw the link in a newsletter: a browser of their own, the landing site answered by the test.
        await using var site = new LandingSite("Our shoes");
        await using var visitor = await app.Browser.NewContextAsync(new()
        {
            Proxy = new() { Server = site.ProxyServer, Bypass = "127.0.0.1" },
            // A person's Chrome: headless Chromium says "HeadlessChrome", which is rightly counted as a bot.
            UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        });
        var visit = await visitor.NewPageAsync();
        await visit.GotoAsync(shortLink);
        await Expect(visit.GetByTestId("landing-page")).ToHaveTextAsync("Our shoes");
        Assert.Equal(fullUrl, visit.Url);
        Assert.Contains(fullUrl, site.Requested);

        await ClicksStoredAsync();
        await page.GotoAsync(linkPage + "/analytics");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("total-clicks-value")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("total-unique-value")).ToHaveTextAsync("1");
        await page.ScreenshotAsync("link-analytics-one-click");
    }

    [Fact]
    public async Task The_demo_domains_dashboard_shows_its_clicks_in_charts()
    {
        var demo = await app.VariantAsync("demo", new Dictionary<string, string> { ["UTMSTUDIO_DEMO_DATA"] = "true" });
        await using var ann = await app.NewPersonAsync(demo.BaseUrl);
        var page = await ann.SignInAsync("ann@demo-co.test");

        await page.OpenAsync("/d/demo-co.test/analytics");

        await Expect(page.GetByTestId("analytics-chart").Locator(".mud-chart-line").First).ToBeVisibleAsync();
        Assert.True(int.Parse((await page.GetByTestId("total-clicks-value").TextContentAsync())!.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture) > 1000);
        await Expect(page.GetByTestId("analytics-breakdowns")).ToContainTextAsync("Mobile");
        await page.WaitForAnimationsAsync();
        await page.ScreenshotAsync("analytics-demo-dashboard");
        await page.AssertNoSeriousViolationsAsync("the analytics dashboard");
        await page.SwitchToDarkModeAsync();
        await page.ScreenshotAsync("analytics-demo-dashboard-dark");
    }

    /// <summary>The writer stores clicks in the background: waits until the app says nothing is waiting.</summary>
    private async Task ClicksStoredAsync()
    {
        await using var probe = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var health = JsonDocument.Parse(await (await probe.APIRequest.GetAsync("/health/ready")).TextAsync());
            var data = health.RootElement.GetProperty("checks").GetProperty("click-recording").GetProperty("data");
            if (data.GetProperty("accepted").GetInt64() > 0 && data.GetProperty("waiting").GetInt64() == 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The click was not stored within 10 s");
    }

    private static async Task<string> CreateCampaignAsync(IPage page)
    {
        await page.OpenAsync($"/d/{Domain}/campaigns");
        var dialog = await page.OpenCampaignDialogAsync();
        await dialog.GetByTestId("campaign-name").FillAsync("Shoe launch");
        await dialog.GetByTestId("campaign-source").FillAsync("newsletter");
        await dialog.GetByTestId("campaign-objective").FillAsync("sales");
        await dialog.GetByTestId("campaign-save").ClickAsync();
        await Expect(page.GetByTestId("campaign-dialog")).ToHaveCountAsync(0);
        return (await page.GetByTestId("campaign-card").Filter(new() { HasText = "Shoe launch" }).GetAttributeAsync("data-campaign-id"))!;
    }
}
