using Bunit;
using Bunit.Rendering;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Campaigns.Board;

namespace UtmStudio.Tests.Components;

/// <summary>The board's views with plain data: a card's fields, the cards per column, the card menu, the summary.</summary>
public sealed class CampaignBoardViewTests : MudTestBase
{
    private const string Domain = "acme.test";

    private static readonly DateTimeOffset Created = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_card_shows_name_source_objective_creator_dates_and_links_and_links_to_the_campaign()
    {
        var card = Card("Spring sale", CampaignStatus.Active, links: 3) with
        {
            StartsOn = new DateOnly(2026, 3, 2), EndsOn = new DateOnly(2026, 3, 31),
        };

        var view = Render<CampaignCardView>(p => p.Add(c => c.Card, card).Add(c => c.DomainName, Domain));

        var name = view.Find("[data-testid=card-name]");
        Assert.Equal("Spring sale", name.TextContent.Trim());
        Assert.Equal($"/d/acme.test/campaigns/{card.Id}", name.GetAttribute("href"));
        Assert.Equal("newsletter", view.Find("[data-testid=card-source]").TextContent);
        Assert.Equal("sales", view.Find("[data-testid=card-objective]").TextContent);
        Assert.Equal("By Ada Lovelace", view.Find("[data-testid=card-creator]").TextContent);
        Assert.Equal("2 Mar 2026 – 31 Mar 2026", view.Find("[data-testid=card-dates]").TextContent);
        Assert.Equal("3 links", view.Find("[data-testid=card-links]").TextContent);
    }

    [Theory]
    [InlineData(null, null, 0, "Created 1 Mar 2026", "No links yet")]
    [InlineData("2026-04-01", null, 1, "From 1 Apr 2026", "1 link")]
    [InlineData(null, "2026-04-30", 2, "Until 30 Apr 2026", "2 links")]
    public void A_card_says_its_dates_and_links_in_words(string? starts, string? ends, int links, string dates, string linkText)
    {
        var card = Card("Launch", CampaignStatus.Active, links) with
        {
            StartsOn = starts is null ? null : DateOnly.Parse(starts, System.Globalization.CultureInfo.InvariantCulture),
            EndsOn = ends is null ? null : DateOnly.Parse(ends, System.Globalization.CultureInfo.InvariantCulture),
        };

        var view = Render<CampaignCardView>(p => p.Add(c => c.Card, card).Add(c => c.DomainName, Domain));

        Assert.Equal(dates, view.Find("[data-testid=card-dates]").TextContent);
        Assert.Equal(linkText, view.Find("[data-testid=card-links]").TextContent);
    }

    [Fact]
    public void The_board_shows_each_card_in_its_status_column_with_the_counts_and_show_more_where_there_is_more()
    {
        var board = Board(
            new CampaignColumn(CampaignStatus.Active, 31, [Card("Spring sale", CampaignStatus.Active), Card("Newsletter", CampaignStatus.Active)],
                new CampaignPageCursor(Created, Guid.NewGuid())),
            new CampaignColumn(CampaignStatus.Paused, 1, [Card("Black Friday", CampaignStatus.Paused)], null),
            new CampaignColumn(CampaignStatus.Completed, 0, [], null));

        var view = Render<CampaignBoardView>(p => p.Add(v => v.State, new BoardState(board)));

        Assert.Equal(["Spring sale", "Newsletter"], NamesIn(view, "active"));
        Assert.Equal(["Black Friday"], NamesIn(view, "paused"));
        Assert.Empty(NamesIn(view, "completed"));
        Assert.Equal(["31", "1", "0"], new[] { "active", "paused", "completed" }
            .Select(k => view.Find($"[data-testid=column-count-{k}]").TextContent));
        Assert.NotNull(view.Find("[data-testid=column-empty-completed]"));
        Assert.NotNull(view.Find("[data-testid=show-more-active]"));
        Assert.Empty(view.FindAll("[data-testid=show-more-paused]"));
    }

    [Fact]
    public void An_empty_column_of_a_filtered_board_says_nothing_matches_rather_than_inviting_a_drop()
    {
        var board = Board(
            new CampaignColumn(CampaignStatus.Active, 1, [Card("Spring sale", CampaignStatus.Active)], null),
            new CampaignColumn(CampaignStatus.Paused, 0, [], null),
            new CampaignColumn(CampaignStatus.Completed, 0, [], null)) with { Filter = new CampaignBoardFilter(Search: "spring") };

        var view = Render<CampaignBoardView>(p => p.Add(v => v.State, new BoardState(board)));

        Assert.Equal("No paused campaigns match.", view.Find("[data-testid=column-empty-paused]").TextContent);
    }

    [Fact]
    public void A_move_shows_at_once_and_can_be_put_back()
    {
        var spring = Card("Spring sale", CampaignStatus.Active);
        var state = new BoardState(Board(
            new CampaignColumn(CampaignStatus.Active, 1, [spring], null),
            new CampaignColumn(CampaignStatus.Paused, 0, [], null),
            new CampaignColumn(CampaignStatus.Completed, 0, [], null)));
        var view = Render<CampaignBoardView>(p => p.Add(v => v.State, state));

        var before = state.Move(spring.Id, CampaignStatus.Paused);
        view.Render(p => p.Add(v => v.State, state));

        Assert.Equal(spring, before);
        view.WaitForAssertion(() => Assert.Equal(["Spring sale"], NamesIn(view, "paused")));
        Assert.Empty(NamesIn(view, "active"));
        Assert.Equal((0, 1), (state.Column(CampaignStatus.Active).Count, state.Column(CampaignStatus.Paused).Count));

        state.Put(before!);
        view.Render(p => p.Add(v => v.State, state));

        view.WaitForAssertion(() => Assert.Equal(["Spring sale"], NamesIn(view, "active")));
        Assert.Empty(NamesIn(view, "paused"));
    }

    [Fact]
    public void Show_more_adds_the_next_page_without_repeating_a_card_moved_in_meanwhile()
    {
        var newest = Card("Newest", CampaignStatus.Paused, createdAt: Created.AddDays(2));
        var older = Card("Older", CampaignStatus.Active, createdAt: Created.AddDays(-5));
        var state = new BoardState(Board(
            new CampaignColumn(CampaignStatus.Active, 1, [older], null),
            new CampaignColumn(CampaignStatus.Paused, 2, [newest], new CampaignPageCursor(newest.CreatedAt, newest.Id)),
            new CampaignColumn(CampaignStatus.Completed, 0, [], null)));
        state.Move(older.Id, CampaignStatus.Paused);

        state.Append(new CampaignColumn(CampaignStatus.Paused, 3, [older with { Status = CampaignStatus.Paused }, Card("Oldest", CampaignStatus.Paused, createdAt: Created.AddDays(-9))], null));

        Assert.Equal(["Newest", "Older", "Oldest"], state.Column(CampaignStatus.Paused).Cards.Select(c => c.Name));
        Assert.Null(state.Column(CampaignStatus.Paused).Next);
    }

    [Fact]
    public async Task The_card_menu_offers_the_other_statuses_and_hands_the_choice_on()
    {
        CampaignStatus? chosen = null;
        var card = Card("Spring sale", CampaignStatus.Paused);
        var menu = RenderMenu(card, readOnly: false, status => chosen = status);

        await menu.Find("[data-testid=card-menu] button").ClickAsync(new());

        menu.WaitForAssertion(() => Assert.NotEmpty(menu.FindAll("[role=menuitem]")));
        Assert.Equal(["Move to Active", "Move to Paused", "Move to Completed", "Open"], menu.FindAll("[role=menuitem]").Select(i => i.TextContent.Trim()));
        Assert.True(IsDisabled(menu.Find("[data-testid=move-to-paused]")));
        Assert.False(IsDisabled(menu.Find("[data-testid=move-to-active]")));
        Assert.False(IsDisabled(menu.Find("[data-testid=move-to-completed]")));
        Assert.Equal($"/d/acme.test/campaigns/{card.Id}", menu.Find("a[data-testid=card-open]").GetAttribute("href"));
        Assert.Equal("Actions for Spring sale", menu.Find("[data-testid=card-menu] button").GetAttribute("aria-label"));

        await menu.Find("[data-testid=move-to-completed]").ClickAsync(new());

        Assert.Equal(CampaignStatus.Completed, chosen);
    }

    [Fact]
    public async Task On_a_read_only_domain_the_card_menu_only_opens_the_campaign()
    {
        var menu = RenderMenu(Card("Spring sale", CampaignStatus.Active), readOnly: true, _ => { });

        await menu.Find("[data-testid=card-menu] button").ClickAsync(new());

        menu.WaitForAssertion(() => Assert.Equal(["Open"], menu.FindAll("[role=menuitem]").Select(i => i.TextContent.Trim())));
    }

    [Fact]
    public void On_a_read_only_domain_no_card_can_be_dragged_and_nothing_offers_to_create()
    {
        var board = Board(
            new CampaignColumn(CampaignStatus.Active, 1, [Card("Spring sale", CampaignStatus.Active)], null),
            new CampaignColumn(CampaignStatus.Paused, 1, [Card("Summer", CampaignStatus.Paused)], null),
            new CampaignColumn(CampaignStatus.Completed, 0, [], null));

        var movable = Render<CampaignBoardView>(p => p.Add(v => v.State, new BoardState(board)));
        var readOnly = Render<CampaignBoardView>(p => p.Add(v => v.State, new BoardState(board)).Add(v => v.ReadOnly, true));
        var empty = Render<BoardEmpty>(p => p.Add(e => e.ReadOnly, true));

        Assert.Equal(2, movable.FindAll("[draggable=true]").Count);
        Assert.Empty(readOnly.FindAll("[draggable=true]"));
        Assert.Equal("No completed campaigns.", readOnly.Find("[data-testid=column-empty-completed]").TextContent);
        Assert.Contains("No campaigns yet", empty.Markup, StringComparison.Ordinal);
        Assert.Empty(empty.FindAll("[data-testid=new-campaign]"));
    }

    [Fact]
    public void The_filter_bar_hands_on_real_changes_only_and_offers_to_clear()
    {
        var changes = new List<CampaignBoardFilter>();
        var filter = new CampaignBoardFilter(Search: "spring", Source: "newsletter");
        var suggestions = new CampaignSuggestions(["newsletter", "google"], ["sales"], [new CampaignCreator(Guid.NewGuid(), "Ada Lovelace")]);
        var bar = Render<BoardFilterBar>(p => p.Add(b => b.Filter, filter).Add(b => b.Suggestions, suggestions).Add(b => b.OnChange, f => changes.Add(f)));

        Assert.Equal("spring", bar.Find("input[data-testid=board-search]").GetAttribute("value"));

        // Enter on an unchanged search changes nothing; a typed one applies at once, keeping the other filters.
        bar.Find("input[data-testid=board-search]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        Assert.Empty(changes);
        bar.Find("input[data-testid=board-search]").Input("summer");
        bar.Find("input[data-testid=board-search]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        Assert.Equal([filter with { Search = "summer" }], changes);

        // A re-render with the old address (the new one is on its way) leaves the typed text alone.
        bar.Render(p => p.Add(b => b.Filter, filter));
        Assert.Equal("summer", bar.Find("input[data-testid=board-search]").GetAttribute("value"));

        bar.Find("[data-testid=board-clear]").Click();
        Assert.Equal(CampaignBoardFilter.None, changes[^1]);
    }

    [Fact]
    public void The_domain_home_summary_counts_each_column_or_says_there_are_none_yet()
    {
        var some = Render<CampaignsSummaryView>(p => p.Add(v => v.Counts, new CampaignCounts(Domain, 4, 2, 7, IsReadOnly: false)));

        Assert.Equal(["4", "2", "7"], new[] { "active", "paused", "completed" }.Select(k => some.Find($"[data-testid=summary-count-{k}]").TextContent));
        Assert.Equal("/d/acme.test/campaigns", some.Find("a[data-testid=summary-open-board]").GetAttribute("href"));
        Assert.NotNull(some.Find("[data-testid=summary-new-campaign]"));

        var none = Render<CampaignsSummaryView>(p => p.Add(v => v.Counts, new CampaignCounts(Domain, 0, 0, 0, IsReadOnly: true)));

        Assert.Contains("No campaigns yet", none.Find("[data-testid=campaigns-summary]").TextContent, StringComparison.Ordinal);
        Assert.Empty(none.FindAll("[data-testid=summary-new-campaign]"));
    }

    private IRenderedComponent<ContainerFragment> RenderMenu(CampaignCard card, bool readOnly, Action<CampaignStatus> onMove) =>
        Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<CampaignCardMenu>(1);
            builder.AddComponentParameter(2, nameof(CampaignCardMenu.Card), card);
            builder.AddComponentParameter(3, nameof(CampaignCardMenu.DomainName), Domain);
            builder.AddComponentParameter(4, nameof(CampaignCardMenu.ReadOnly), readOnly);
            builder.AddComponentParameter(5, nameof(CampaignCardMenu.OnMove), EventCallback.Factory.Create(this, onMove));
            builder.CloseComponent();
        });

    private static bool IsDisabled(AngleSharp.Dom.IElement item) =>
        item.ClassList.Contains("mud-menu-item-disabled") || item.HasAttribute("disabled") || item.GetAttribute("aria-disabled") == "true";

    private static List<string> NamesIn(IRenderedComponent<CampaignBoardView> view, string column) =>
        [.. view.FindAll($"[data-testid=zone-{column}] [data-testid=card-name]").Select(e => e.TextContent.Trim())];

    private static CampaignBoard Board(params CampaignColumn[] columns) =>
        new(Guid.NewGuid(), Domain, IsReadOnly: false, CampaignBoardFilter.None, columns, columns.Sum(c => c.Count));

    private static CampaignCard Card(string name, CampaignStatus status, int links = 0, DateTimeOffset? createdAt = null) =>
        new(Guid.NewGuid(), name, "newsletter", "sales", status, name.ToLowerInvariant().Replace(' ', '_'), Guid.NewGuid(), "Ada Lovelace",
            null, null, links, createdAt ?? Created, Version: 1);
}
