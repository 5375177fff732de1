using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>Messages say what happened once, where they cover nothing.</summary>
[Collection(AppCollection.Name)]
public sealed class NoticeTests(AppFixture app)
{
    [Fact]
    public async Task The_new_domain_notice_shows_once_and_not_again_on_reload()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.SignInAsync("rita@rita-co.test");
        await page.GetByTestId("create-domain").ClickAsync();

        await Expect(page.GetByTestId("joined-notice")).ToContainTextAsync("rita-co.test is ready");
        await Expect(page).ToHaveURLAsync(new Regex("/d/rita-co.test$"));

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync("rita-co.test");
        await Expect(page.GetByTestId("joined-notice")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Snackbars_leave_the_theme_toggle_and_the_account_menu_uncovered()
    {
        foreach (var (width, height) in new[] { (1280, 800), (390, 844) })
        {
            await using var person = await app.NewPersonAsync();
            var page = await person.SignInAsync($"sam{width}@snack-{width}.test");
            await page.SetViewportSizeAsync(width, height);
            await page.GetByTestId("create-domain").ClickAsync();
            await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync($"snack-{width}.test");
            await page.OpenAsync($"/d/snack-{width}.test/settings");
            await page.GetByTestId("redirect-type").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "301 — Permanent" }).ClickAsync();
            await page.GetByTestId("redirect-type-save").ClickAsync();

            var snackbar = page.Locator(".mud-snackbar").Filter(new() { HasText = "now redirect with 301" });
            await Expect(snackbar).ToBeVisibleAsync();
            await page.ScreenshotAsync($"snackbar-{width}");
            var message = (await snackbar.BoundingBoxAsync())!;
            foreach (var covered in new[] { page.GetByTestId("theme-toggle"), page.GetByTestId("user-menu") })
            {
                var box = (await covered.BoundingBoxAsync())!;
                var overlaps = message.X < box.X + box.Width && box.X < message.X + message.Width
                    && message.Y < box.Y + box.Height && box.Y < message.Y + message.Height;
                Assert.False(overlaps, $"At {width}px the snackbar covers {await covered.GetAttributeAsync("data-testid")}");
            }
        }
    }

    [Fact]
    public async Task A_deleted_domain_is_announced_and_listed_on_its_managers_profile()
    {
        await using var person = await app.NewPersonAsync();
        var page = await person.SignInAsync("dana@dana-co.test");
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync("dana-co.test");
        await page.GetByTestId("domain-switcher").ClickAsync();
        await page.GetByTestId("create-domain-menu").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByTestId("domain-name-input").FillAsync("dana-shop.test");
        await page.GetByTestId("create-domain-confirm").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync("dana-shop.test");

        await page.OpenAsync("/d/dana-shop.test/settings");
        await page.GetByTestId("delete-domain").ClickAsync();
        await page.GetByTestId("delete-domain-confirmation").FillAsync("dana-shop.test");
        await page.GetByTestId("delete-domain-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/d/dana-co.test$"));
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("dana-shop.test was deleted");
        await page.ScreenshotAsync("domain-deleted-notice");
        await page.Locator(".mud-snackbar").GetByRole(AriaRole.Button, new() { Name = "Open profile" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/profile$"));
        var deleted = page.GetByTestId("deleted-domain");
        await Expect(deleted).ToHaveCountAsync(1);
        await Expect(deleted).ToContainTextAsync("dana-shop.test");
        await Expect(deleted).ToContainTextAsync(new Regex(@"deleted \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC"));
        await Expect(page.GetByTestId("profile-domains")).Not.ToContainTextAsync("dana-shop.test");
        await page.ScreenshotAsync("profile-deleted-domains");
    }
}
