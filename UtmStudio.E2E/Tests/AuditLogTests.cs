using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Npgsql;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>A manager reads a long audit log page by page, narrows it with filters, and the address keeps them.</summary>
[Collection(AppCollection.Name)]
public sealed class AuditLogTests(AppFixture app)
{
    private const string Domain = "audit-co.test";

    [Fact]
    public async Task A_manager_filters_the_audit_log_and_the_address_keeps_the_filter()
    {
        await using var ann = await app.NewPersonAsync();
        var page = await ann.SignInAsync("ann@" + Domain);
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync(Domain);
        await page.OpenAsync($"/d/{Domain}/team");
        foreach (var invitee in new[] { "bo", "cy" })
        {
            await page.GetByTestId("add-member-email").FillAsync($"{invitee}@{Domain}");
            await page.GetByTestId("add-member-submit").ClickAsync();
            await Expect(page.GetByTestId("invitations-table")).ToContainTextAsync($"{invitee}@{Domain}");
        }

        await RecordSettingChangesAsync(60, "ann@" + Domain, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

        // 63 entries: the newest 50, then the rest on "Load older".
        await page.OpenAsync($"/d/{Domain}/audit");
        await Expect(page.GetByTestId("audit-time")).ToHaveCountAsync(50);
        await page.GetByTestId("audit-load-older").ClickAsync();
        await Expect(page.GetByTestId("audit-time")).ToHaveCountAsync(63);
        await Expect(page.GetByTestId("audit-load-older")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("audit-count")).ToHaveTextAsync("All 63 entries.");

        // Only invitations.
        await page.GetByTestId("audit-kind").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Option, new() { Name = "All invitation events" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/audit\?kind=invitation$"));
        await Expect(page.GetByTestId("audit-what")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("audit-what").First).ToHaveTextAsync($"Invited cy@{Domain} as a team member");
        await page.ScreenshotAsync("audit-filtered");

        // The address is the filter: a reload (or a bookmark) shows the same view.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("audit-what")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("audit-kind")).ToHaveValueAsync("All invitation events");

        // A day range in UTC, typed into the date fields. Tab leaves the field and commits the typed day (in
        // MudBlazor's picker, Enter opens the calendar instead, racing the browser's change event).
        await page.GetByTestId("audit-from").FillAsync("2 Mar 2026");
        await page.GetByTestId("audit-from").PressAsync("Tab");
        await Expect(page).ToHaveURLAsync(new Regex(@"kind=invitation&from=2026-03-02$"));
        await page.GetByTestId("audit-to").FillAsync("2 Mar 2026");
        await page.GetByTestId("audit-to").PressAsync("Tab");
        await Expect(page).ToHaveURLAsync(new Regex(@"kind=invitation&from=2026-03-02&to=2026-03-02$"));
        await Expect(page.GetByTestId("audit-no-matches")).ToContainTextAsync("No entries match these filters");
        await page.ScreenshotAsync("audit-no-matches");

        // Any kind again: the 60 changes of that day.
        await page.GetByTestId("audit-kind").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Option, new() { Name = "Any kind" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/audit\?from=2026-03-02&to=2026-03-02$"));
        await Expect(page.GetByTestId("audit-time")).ToHaveCountAsync(50);
        await Expect(page.GetByTestId("audit-time").First).ToHaveTextAsync("2 Mar 2026, 09:00 UTC");

        // A shared link opens the same view on a phone, in dark mode, without sideways scrolling.
        await using var phone = await app.NewPhonePersonAsync();
        var phonePage = await phone.SignInAsync("ann@" + Domain, $"/d/{Domain}/audit?kind=invitation.created");
        await Expect(phonePage.GetByTestId("audit-what")).ToHaveCountAsync(2);
        await phonePage.SwitchToDarkModeAsync();
        var overflow = await phonePage.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        await phonePage.ScreenshotAsync("audit-phone-dark");
        Assert.True(overflow <= 0, $"The audit page is {overflow}px wider than the phone screen");

        // Clearing the filters goes back to the whole log.
        await page.GetByTestId("audit-clear").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/audit$"));
        await Expect(page.GetByTestId("audit-time")).ToHaveCountAsync(50);
    }

    /// <summary>Older entries in bulk, one a minute back from <paramref name="newest"/>, the way the app records them
    /// (app_record_audit, as the owner in the operator's role, in the manager's name).</summary>
    private async Task RecordSettingChangesAsync(int count, string managerEmail, DateTimeOffset newest)
    {
        await using var connection = await app.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT set_config('app.operator', 'on', false),
                   set_config('app.user_id', (SELECT id::text FROM users WHERE email = @manager), false);
            SELECT app_record_audit((SELECT id FROM domains WHERE domain_name = @domain), 'domain.settings_changed', '{}'::jsonb)
            FROM generate_series(1, @count);
            UPDATE audit_log a SET created_at = @newest - (r.n - 1) * interval '1 minute'
            FROM (SELECT id, row_number() OVER (ORDER BY created_at DESC) AS n FROM audit_log
                  WHERE domain_name = @domain AND action = 'domain.settings_changed') r
            WHERE a.id = r.id;
            """, connection);
        command.Parameters.AddWithValue("manager", managerEmail);
        command.Parameters.AddWithValue("domain", Domain);
        command.Parameters.AddWithValue("count", count);
        command.Parameters.AddWithValue("newest", newest);
        await command.ExecuteNonQueryAsync();
    }
}
