using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>A manager creates an API key on the domain's settings page, copies it once, and revokes it: from then on the API refuses it.</summary>
[Collection(AppCollection.Name)]
public sealed partial class ApiKeysCardTests(AppFixture app)
{
    private const string Domain = "keys-co.test";

    [Fact]
    public async Task A_manager_creates_a_key_sees_it_once_and_revokes_it_and_the_api_then_answers_401()
    {
        await using var kim = await app.NewPersonAsync();
        var page = await kim.SignUpWithDomainAsync("kim@" + Domain, Domain);
        await page.OpenAsync($"/d/{Domain}/settings");
        var card = page.GetByTestId("api-keys");

        await card.GetByTestId("api-key-create").ClickAsync();
        await page.GetByTestId("api-key-name").FillAsync("Zapier");
        await page.GetByTestId("api-key-scope-links").CheckAsync();
        await page.GetByTestId("api-key-save").ClickAsync();
        await Expect(page.GetByTestId("api-key-once")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("api-key-copy")).ToBeVisibleAsync();
        var key = (await page.GetByTestId("api-key-value").TextContentAsync())!.Trim();
        var prefix = KeyShape().Match(key) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException($"Not a key: {key}");
        await Expect(page.Locator(".mud-dialog-title")).ToHaveTextAsync("Zapier: your new API key");
        await Expect(page.GetByTestId("api-key-created-summary")).ToContainTextAsync("Scopes: read, links.");
        await page.WaitForAnimationsAsync();
        await page.Locator(".mud-dialog").ScreenshotAsync(new() { Path = Screenshot("api-key-created") });

        await page.GetByTestId("api-key-done").ClickAsync();
        var row = card.GetByTestId("api-key-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync($"utm_{prefix}_");
        await Expect(row).ToContainTextAsync("links");
        Assert.DoesNotContain(key, await card.InnerTextAsync(), StringComparison.Ordinal);
        await card.ScreenshotAsync(new() { Path = Screenshot("api-keys-card") });
        Assert.Equal(HttpStatusCode.OK, await ProfileStatusAsync(key));

        await row.GetByTestId("api-key-revoke").ClickAsync();
        await Expect(page.GetByTestId("confirm-message")).ToContainTextAsync($"utm_{prefix}_");
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Expect(row.GetByTestId("api-key-status")).ToHaveTextAsync("Revoked");
        await Expect(row.GetByTestId("api-key-revoke")).ToHaveCountAsync(0);

        Assert.Equal(HttpStatusCode.Unauthorized, await ProfileStatusAsync(key));
    }

    /// <summary>Element screenshots (the page's full-page one scrolls the fixed app bar into the middle of a dialog).</summary>
    private static string Screenshot(string name)
    {
        Directory.CreateDirectory(RepositoryPaths.ScreenshotFolder);
        return Path.Combine(RepositoryPaths.ScreenshotFolder, name + ".png");
    }

    /// <summary>What GET /api/v1/profile answers a script that sends this key.</summary>
    private async Task<HttpStatusCode> ProfileStatusAsync(string key)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/profile");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [GeneratedRegex("^utm_([a-z0-9]+)_[A-Za-z0-9]+$")]
    private static partial Regex KeyShape();
}
