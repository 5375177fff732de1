using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Npgsql;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>A team member plans campaigns on the board: creates one, drags it, moves it from its menu with the
/// keyboard, and searches; someone of another domain learns nothing from the board's address.</summary>
[Collection(AppCollection.Name)]
public sealed class CampaignBoardTests(AppFixture app)
{
    private const string Domain = "board-co.test";

    private static string BoardPath => $"/d/{Domain}/campaigns";

    [Fact]
    public async Task A_team_member_creates_drags_moves_by_keyboard_and_searches_campaigns_on_the_board()
    {
        // Mona manages the domain and invites Milo, who accepts and becomes a team member.
        await using var mona = await app.NewPersonAsync();
        var monaPage = await mona.SignInAsync("mona@" + Domain);
        await monaPage.GetByTestId("create-domain").ClickAsync();
        await Expect(monaPage.GetByTestId("domain-title")).ToHaveTextAsync(Domain);
        await monaPage.OpenAsync($"/d/{Domain}/team");
        await monaPage.GetByTestId("add-member-email").FillAsync("milo@" + Domain);
        await monaPage.GetByTestId("add-member-submit").ClickAsync();
        await Expect(monaPage.GetByTestId("invitations-table")).ToContainTextAsync("milo@" + Domain);

        await using var milo = await app.NewPersonAsync();
        var page = await milo.SignInAsync("milo@" + Domain);
        await page.GetByTestId("accept-invitation").ClickAsync();
        await Expect(page.GetByTestId("joined-notice")).ToContainTextAsync("as team member");

        // The domain home says there are none yet and leads to the board, first in the navigation after Overview.
        await Expect(page.GetByTestId("campaigns-summary")).ToContainTextAsync("No campaigns yet");
        await page.GetByTestId("nav-campaigns").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(BoardPath)}$"));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("board-empty")).ToContainTextAsync("No campaigns yet");
        await page.ScreenshotAsync("campaign-board-empty");

        // Milo creates a campaign with targeting; it lands in Active.
        var dialog = await page.OpenCampaignDialogAsync();
        await dialog.GetByTestId("campaign-name").FillAsync("Spring Sale 2026");
        await dialog.GetByTestId("campaign-source").FillAsync("newsletter");
        await dialog.GetByTestId("campaign-objective").FillAsync("sales");
        await dialog.GetByTestId("targeting-age-min").FillAsync("25");
        await dialog.GetByTestId("targeting-age-max").FillAsync("44");
        await dialog.GetByTestId("campaign-save").ClickAsync();
        await Expect(page.GetByTestId("campaign-save")).ToHaveCountAsync(0);
        var spring = Card(page, "Spring Sale 2026");
        await Expect(page.GetByTestId("zone-active").Locator(spring)).ToHaveCountAsync(1);
        await Expect(spring.GetByTestId("card-source")).ToHaveTextAsync("newsletter");
        await Expect(spring.GetByTestId("card-creator")).ToHaveTextAsync(new Regex("^By "));
        await Expect(page.GetByTestId("column-count-active")).ToHaveTextAsync("1");

        // Mona planned one too (seeded as the app would store it).
        await SeedCampaignAsync("Black Friday", "google", "awareness", "mona@" + Domain);
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("zone-active").GetByTestId("campaign-card")).ToHaveCountAsync(2);

        // Mona has the board open too; her copy of Spring Sale is about to be out of date.
        await monaPage.OpenAsync(BoardPath);
        await Expect(monaPage.GetByTestId("zone-active").GetByTestId("campaign-card")).ToHaveCountAsync(2);

        // Dragging Spring Sale to Paused moves it, and the move is saved: a reload shows it there.
        await spring.DragToAsync(page.GetByTestId("zone-paused"));
        await Expect(page.GetByTestId("zone-paused").Locator(spring)).ToHaveCountAsync(1);
        await Expect(page.GetByText("Spring Sale 2026 moved to Paused.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("zone-paused").Locator(Card(page, "Spring Sale 2026"))).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("column-count-paused")).ToHaveTextAsync("1");

        // Mona, not having seen that, drags her Spring Sale to Completed: she is asked, not overwritten silently.
        // "Use saved version" keeps it in Paused, where Milo put it.
        await Card(monaPage, "Spring Sale 2026").DragToAsync(monaPage.GetByTestId("zone-completed"));
        await Expect(monaPage.GetByTestId("conflict-differences")).ToContainTextAsync("Paused");
        await monaPage.ScreenshotAsync("campaign-board-conflict");
        await monaPage.GetByTestId("conflict-reload").ClickAsync();
        await Expect(monaPage.GetByTestId("zone-paused").Locator(Card(monaPage, "Spring Sale 2026"))).ToHaveCountAsync(1);
        await Expect(monaPage.GetByTestId("zone-completed").GetByTestId("campaign-card")).ToHaveCountAsync(0);

        // The card's ⋮ menu moves it to Completed with the keyboard only.
        await Card(page, "Spring Sale 2026").GetByTestId("card-name").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(Card(page, "Spring Sale 2026").GetByRole(AriaRole.Button, new() { Name = "Actions for Spring Sale 2026" })).ToBeFocusedAsync();
        await page.ScreenshotAsync("campaign-board-focus");
        await page.Keyboard.PressAsync("Enter");
        var moveToCompleted = page.GetByRole(AriaRole.Menuitem, new() { Name = "Move to Completed" });
        await Expect(moveToCompleted).ToBeVisibleAsync();
        await page.ScreenshotAsync("campaign-board-menu");
        for (var presses = 0; presses < 6 && !await IsFocusedAsync(moveToCompleted); presses++)
        {
            // The menu moves the focus a moment after the key: wait for it to move before looking again, or a second
            // press lands while the first is still on its way and the focus runs past the item.
            var before = await page.EvaluateHandleAsync("() => document.activeElement");
            await page.Keyboard.PressAsync("ArrowDown");
            await page.WaitForFunctionAsync("before => document.activeElement !== before", before);
        }

        await Expect(moveToCompleted).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("zone-completed").Locator(Card(page, "Spring Sale 2026"))).ToHaveCountAsync(1);
        var moved = page.GetByText("Spring Sale 2026 moved to Completed.");
        await Expect(moved).ToBeVisibleAsync();
        await page.ScreenshotAsync("campaign-board");

        // axe looks at the board itself, not at a notice fading out over it.
        await Expect(moved).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await page.AssertNoSeriousViolationsAsync("the campaign board");

        // Search narrows the board; the address keeps it, so a reload (or a shared link) shows the same.
        await page.GetByTestId("board-search").FillAsync("black");
        await page.GetByTestId("board-search").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(BoardPath)}\\?q=black$"));
        await Expect(page.GetByTestId("campaign-card")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("campaign-card")).ToContainTextAsync("Black Friday");
        await Expect(page.GetByTestId("board-match-count")).ToHaveTextAsync("1 of 2 campaigns match.");
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("campaign-card")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("board-search")).ToHaveValueAsync("black");
        await page.ScreenshotAsync("campaign-board-search");

        // A search that finds nothing says so, and offers to clear.
        await page.GetByTestId("board-search").FillAsync("no such campaign");
        await page.GetByTestId("board-search").PressAsync("Enter");
        await Expect(page.GetByTestId("board-no-matches")).ToBeVisibleAsync();
        await page.GetByTestId("board-clear-empty").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"{Regex.Escape(BoardPath)}$"));
        await Expect(page.GetByTestId("campaign-card")).ToHaveCountAsync(2);

        // On a phone, in dark mode: the columns stack, nothing scrolls sideways, and axe is still content.
        await using var phone = await app.NewPhonePersonAsync();
        var phonePage = await phone.SignInAsync("milo@" + Domain, BoardPath);
        await Expect(phonePage.GetByTestId("campaign-card")).ToHaveCountAsync(2);
        await phonePage.SwitchToDarkModeAsync();
        var overflow = await phonePage.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        await phonePage.ScreenshotAsync("campaign-board-phone-dark");
        Assert.True(overflow <= 0, $"The board is {overflow}px wider than the phone screen");
        await phonePage.AssertNoSeriousViolationsAsync("the campaign board on a phone in dark mode");

        // The domain home counts them.
        await page.OpenAsync($"/d/{Domain}");
        await Expect(page.GetByTestId("summary-count-active")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("summary-count-completed")).ToHaveTextAsync("1");
        await page.ScreenshotAsync("domain-home-campaigns");

        // Someone of another domain opening the board's address sees the not-found page, and no campaign.
        await using var dave = await app.NewPersonAsync();
        var davePage = await dave.SignInAsync("dave@elsewhere-board.test");
        await davePage.GetByTestId("create-domain").ClickAsync();
        await Expect(davePage.GetByTestId("domain-title")).ToHaveTextAsync("elsewhere-board.test");
        var response = await davePage.GotoAsync(BoardPath);
        Assert.Equal(404, response!.Status);
        await Expect(davePage.GetByTestId("not-found")).ToBeVisibleAsync();
        await Expect(davePage.GetByText("Black Friday")).ToHaveCountAsync(0);
    }

    private static ILocator Card(IPage page, string name) =>
        page.GetByTestId("campaign-card").Filter(new() { Has = page.GetByTestId("card-name").GetByText(name, new() { Exact = true }) });

    private static Task<bool> IsFocusedAsync(ILocator locator) => locator.EvaluateAsync<bool>("e => e === document.activeElement || e.contains(document.activeElement)");

    /// <summary>A campaign as the app stores it, written as the owner in the operator's role, in the creator's name, as AuditLogTests records its entries.</summary>
    private async Task SeedCampaignAsync(string name, string source, string objective, string creatorEmail)
    {
        await using var connection = await app.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT set_config('app.operator', 'on', false),
                   set_config('app.user_id', (SELECT id::text FROM users WHERE email = @creator), false);
            INSERT INTO campaigns (name, source, objective, targeting_criteria, status, domain_id, created_by, utm_campaign)
            VALUES (@name, @source, @objective, '{}'::jsonb, 'active', (SELECT id FROM domains WHERE domain_name = @domain),
                    (SELECT id FROM users WHERE email = @creator), lower(replace(@name, ' ', '_')));
            """, connection);
        command.Parameters.AddWithValue("creator", creatorEmail);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("source", source);
        command.Parameters.AddWithValue("objective", objective);
        command.Parameters.AddWithValue("domain", Domain);
        await command.ExecuteNonQueryAsync();
    }
}
