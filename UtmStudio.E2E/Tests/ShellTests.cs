using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

[Collection(AppCollection.Name)]
public sealed class ShellTests(AppFixture app)
{
    [Fact]
    public async Task Dark_mode_is_remembered_across_visits()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.SignInAsync("dora@acme.test");
        var appBackground = () => page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        var light = await appBackground();

        await page.SwitchToDarkModeAsync();

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        Assert.NotEqual(light, await appBackground());
        await page.ScreenshotAsync("welcome-dark");
    }

    [Fact]
    public async Task An_unknown_address_shows_a_friendly_not_found_page()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.NewPageAsync();

        var response = await page.GotoAsync("/this/does/not/exist");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("We couldn't find that page");
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        var live = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var live200 = await live.APIRequest.GetAsync("/health/live");
        var ready200 = await live.APIRequest.GetAsync("/health/ready");

        Assert.Equal(200, live200.Status);
        Assert.Equal(200, ready200.Status);
        using var ready = System.Text.Json.JsonDocument.Parse(await ready200.TextAsync());
        Assert.Equal("Healthy", ready.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.RootElement.GetProperty("checks").GetProperty("click-recording").GetProperty("status").GetString());
        Assert.Equal(0, ready.RootElement.GetProperty("checks").GetProperty("click-recording").GetProperty("data").GetProperty("dropped").GetInt64());
        await live.CloseAsync();
    }

    [Fact]
    public async Task Sign_out_requires_a_form_post_with_an_antiforgery_token()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.SignInAsync("eve@acme.test");

        // A cross-site form cannot sign the user out: no antiforgery token, no sign-out.
        var forged = await person.APIRequest.PostAsync("/account/logout", new() { Form = person.APIRequest.CreateFormData().Set("returnUrl", "/") });
        Assert.Equal(400, forged.Status);

        await page.GotoAsync("/profile");
        await Expect(page.GetByTestId("profile-email")).ToHaveTextAsync("eve@acme.test");
    }
}
