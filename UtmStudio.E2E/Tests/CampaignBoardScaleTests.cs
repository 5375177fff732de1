using Microsoft.Playwright;
using Npgsql;
using UtmStudio.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UtmStudio.E2E.Tests;

/// <summary>
/// A full board still works: the prerendered board (every column's first page, with the longest names the schema
/// allows) reaches the circuit in its first message. Found by ./bench.sh: at SignalR's default 32 KB limit such a
/// board was shown but never became interactive — nothing could be dragged or opened.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CampaignBoardScaleTests(AppFixture app)
{
    private const string Domain = "full-board.test";

    [Fact]
    public async Task A_board_full_of_long_named_campaigns_becomes_interactive_and_moves_a_card()
    {
        await using var ann = await app.NewPersonAsync();
        var page = await ann.SignInAsync("ann@" + Domain);
        await page.GetByTestId("create-domain").ClickAsync();
        await Expect(page.GetByTestId("domain-title")).ToHaveTextAsync(Domain);
        await SeedAsync(perStatus: 20);

        await page.OpenAsync($"/d/{Domain}/campaigns"); // waits for the circuit: this is where a full board stopped
        await Expect(page.GetByTestId("column-count-active")).ToHaveTextAsync("20");
        var card = page.GetByTestId("zone-active").GetByTestId("campaign-card").First;
        await card.GetByTestId("card-menu").ClickAsync();
        await page.GetByTestId("move-to-completed").ClickAsync();

        await Expect(page.GetByTestId("column-count-active")).ToHaveTextAsync("19");
        await Expect(page.GetByTestId("column-count-completed")).ToHaveTextAsync("21");

        // A card's name opens its campaign page.
        var first = page.GetByTestId("zone-paused").GetByTestId("campaign-card").First;
        var name = (await first.GetByTestId("card-name").TextContentAsync())!.Trim();
        await first.GetByTestId("card-name").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/d/{System.Text.RegularExpressions.Regex.Escape(Domain)}/campaigns/[0-9a-f-]{{36}}$"));
        await Expect(page.GetByTestId("campaign-title")).ToHaveTextAsync(name);
    }

    /// <summary>Campaigns in every column whose name, source, objective and utm_campaign use the whole length allowed.</summary>
    private async Task SeedAsync(int perStatus)
    {
        await using var connection = await app.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO campaigns (name, source, objective, targeting_criteria, status, domain_id, created_by, utm_campaign, created_at)
            SELECT left(s || ' campaign ' || g || ' ' || repeat('with a very long descriptive name ', 8), 255),
                   left(repeat('source-', 15), 100), left(repeat('objective ', 10), 100), '{}'::jsonb, s, d.id, d.manager_id,
                   left(s || '_' || g || '_' || repeat('long_utm_value_', 7), 100), now() - g * interval '1 minute'
            FROM domains d, generate_series(1, @per) AS g, unnest(ARRAY['active', 'paused', 'completed']) AS s
            WHERE d.domain_name = @domain;
            """, connection);
        command.Parameters.AddWithValue("per", perStatus);
        command.Parameters.AddWithValue("domain", Domain);
        await command.ExecuteNonQueryAsync();
    }
}
