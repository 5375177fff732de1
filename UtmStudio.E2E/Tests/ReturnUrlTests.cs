using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;

namespace UtmStudio.E2E.Tests;

/// <summary>Return URLs that once crashed /signin-oidc and /account/logout with HTTP 500 (non-ASCII in Location).</summary>
[Collection(AppCollection.Name)]
public sealed class ReturnUrlTests(AppFixture app)
{
    public static TheoryData<string> NastyReturnUrls => new()
    {
        "/\u3000/evil.example", "/\uFF0F\uFF0Fevil.example", "/\u200B/evil.example", "/日本語?q=é#frag", "//evil.example", "/\\evil.example",
    };

    [Theory]
    [MemberData(nameof(NastyReturnUrls))]
    public async Task Signing_in_and_out_with_a_nasty_return_url_never_fails_and_never_leaves_the_app(string returnUrl)
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.NewPageAsync();
        var failures = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                failures.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.SubmitDevSignInAsync("rita.returnurl@acme.test");
        await page.WaitForInteractiveAsync();
        Assert.StartsWith(app.BaseUrl + "/", page.Url, StringComparison.Ordinal);

        // Sign out from a page that stays put (a new user's return URL sends them on to the welcome page).
        await page.OpenAsync("/profile");
        await page.GetByTestId("user-menu").ClickAsync();
        await page.Locator("input[name=returnUrl]").EvaluateAsync("(input, url) => input.value = url", returnUrl);
        var signOut = await page.RunAndWaitForResponseAsync(
            () => page.GetByTestId("sign-out").ClickAsync(), response => response.Url.EndsWith("/account/logout", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.Equal(302, signOut.Status);
        Assert.StartsWith("/", signOut.Headers["location"], StringComparison.Ordinal);
        Assert.StartsWith(app.BaseUrl + "/", page.Url, StringComparison.Ordinal);
        Assert.Empty(failures);
    }
}
