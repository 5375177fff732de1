using Bunit;
using MudBlazor;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Team;

namespace UtmStudio.Tests.Components;

/// <summary>The audit page's states: an empty log, a filter that matches nothing, filtered entries, loading older ones.</summary>
public sealed class AuditLogViewTests : MudTestBase
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 14, 5, 0, TimeSpan.Zero);

    private static readonly AuditPerson Ada = new(Guid.NewGuid(), "ada@acme.test", "Ada Lovelace");

    [Fact]
    public void An_empty_log_says_nothing_was_recorded_yet()
    {
        var table = RenderTable([], logIsEmpty: true);

        Assert.Contains("Nothing recorded yet", table.Find("[data-testid=audit-empty]").TextContent, StringComparison.Ordinal);
        Assert.Empty(table.FindAll("[data-testid=audit-no-matches]"));
        Assert.Empty(table.FindAll("[data-testid=audit-clear-empty]"));
    }

    [Fact]
    public void A_filter_that_matches_nothing_says_so_and_offers_to_clear_it()
    {
        var cleared = false;
        var table = RenderTable([], filtered: true, onClear: () => cleared = true);

        Assert.Contains("No entries match these filters", table.Find("[data-testid=audit-no-matches]").TextContent, StringComparison.Ordinal);
        Assert.Empty(table.FindAll("[data-testid=audit-empty]"));
        table.Find("[data-testid=audit-clear-empty]").Click();
        Assert.True(cleared);
    }

    [Fact]
    public void Filtered_entries_read_as_sentences_with_one_date_format_and_a_count()
    {
        var view = new AuditView("acme.test", new AuditFilter(Kind: "invitation"), [Ada],
            [Row(InvitationCreated.Action, """{"email": "jane@acme.test", "role": "team member"}"""), Row(InvitationRevoked.Action, """{"email": "old@acme.test"}""")],
            Older: null, LogIsEmpty: false);

        var table = RenderTable(view.Items(), filtered: true);

        Assert.Equal(["Invited jane@acme.test as a team member", "Revoked the invitation for old@acme.test"],
            table.FindAll("[data-testid=audit-what]").Select(e => e.TextContent));
        Assert.All(table.FindAll("[data-testid=audit-time]"), e => Assert.Equal("10 Mar 2026, 14:05 UTC", e.TextContent));
        Assert.All(table.FindAll("[data-testid=audit-who]"), e => Assert.Equal("Ada Lovelace (ada@acme.test)", e.TextContent));
        Assert.Equal("All 2 matching entries.", table.Find("[data-testid=audit-count]").TextContent);
        Assert.Empty(table.FindAll("[data-testid=audit-load-older]"));
    }

    [Fact]
    public void More_entries_offer_load_older_and_show_progress_while_they_load()
    {
        var loads = 0;
        var items = new AuditView("acme.test", AuditFilter.None, [Ada], [Row(DomainCreated.Action, "{}")], "cursor", false).Items();
        var table = RenderTable(items, hasOlder: true, onLoadOlder: () => loads++);

        Assert.Equal("Showing the newest 1 entry.", table.Find("[data-testid=audit-count]").TextContent);
        table.Find("button[data-testid=audit-load-older]").Click();
        Assert.Equal(1, loads);
        Assert.Empty(table.FindAll("[data-testid=audit-loading-older]"));

        table.Render(p => p.Add(t => t.LoadingOlder, true));

        Assert.NotNull(table.Find("[data-testid=audit-loading-older]"));
        Assert.Contains("Loading older entries", table.Find("[data-testid=audit-load-older]").TextContent, StringComparison.Ordinal);
        Assert.True(table.Find("button[data-testid=audit-load-older]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task The_filter_bar_shows_the_filter_and_hands_each_change_to_the_page()
    {
        AuditFilter? changed = null;
        var filter = new AuditFilter(Kind: "member", Actor: AuditFilter.System, From: new DateOnly(2026, 3, 1));
        var bar = Render<AuditFilterBar>(p => p.Add(b => b.Filter, filter).Add(b => b.People, [Ada]).Add(b => b.OnChange, f => changed = f));

        Assert.Equal("All member events", bar.Find("input[data-testid=audit-kind]").GetAttribute("value"));
        Assert.Equal("UtmStudio (automatic)", bar.Find("input[data-testid=audit-actor]").GetAttribute("value"));
        Assert.Equal("1 Mar 2026", bar.Find("input[data-testid=audit-from]").GetAttribute("value"));

        bar.Find("[data-testid=audit-clear]").Click();
        Assert.Equal(AuditFilter.None, changed);

        var actor = bar.FindComponents<MudSelect<string>>()[1].Instance;
        await bar.InvokeAsync(() => actor.ValueChanged.InvokeAsync(Ada.UserId.ToString()));
        Assert.Equal(AuditFilter.None with { Actor = Ada.UserId.ToString() }, changed); // built on the cleared filter, not on the one before
    }

    [Fact]
    public void A_day_typed_into_a_date_field_becomes_the_filter_once_and_is_not_undone_by_the_re_render()
    {
        var changes = new List<AuditFilter>();
        var bar = Render<AuditFilterBar>(p => p.Add(b => b.Filter, AuditFilter.None).Add(b => b.People, [Ada]).Add(b => b.OnChange, changes.Add));

        bar.Find("input[data-testid=audit-from]").Change("2 Mar 2026");

        Assert.Equal([AuditFilter.None with { From = new DateOnly(2026, 3, 2) }], changes);
    }

    [Fact]
    public void A_second_day_typed_before_the_page_hands_back_the_first_keeps_both()
    {
        var changes = new List<AuditFilter>();
        var bar = Render<AuditFilterBar>(p => p.Add(b => b.Filter, AuditFilter.None).Add(b => b.People, [Ada]).Add(b => b.OnChange, changes.Add));

        bar.Find("input[data-testid=audit-from]").Change("2 Mar 2026");
        bar.Find("input[data-testid=audit-to]").Change("3 Mar 2026");

        Assert.Equal(new AuditFilter(From: new DateOnly(2026, 3, 2), To: new DateOnly(2026, 3, 3)), changes[^1]);
        Assert.Equal(2, changes.Count);
    }

    [Fact]
    public void Without_a_filter_there_is_nothing_to_clear()
    {
        var bar = Render<AuditFilterBar>(p => p.Add(b => b.Filter, AuditFilter.None).Add(b => b.People, [Ada]));

        Assert.Empty(bar.FindAll("[data-testid=audit-clear]"));
        Assert.Equal("Any kind", bar.Find("input[data-testid=audit-kind]").GetAttribute("value"));
        Assert.Equal("Anyone", bar.Find("input[data-testid=audit-actor]").GetAttribute("value"));
    }

    private static AuditRow Row(string action, string details) => new(At, action, Ada.Email, Ada.DisplayName, details, Guid.NewGuid());

    private IRenderedComponent<AuditEntriesTable> RenderTable(
        IReadOnlyList<AuditItem> items, bool logIsEmpty = false, bool filtered = false, bool hasOlder = false,
        Action? onClear = null, Action? onLoadOlder = null) =>
        Render<AuditEntriesTable>(p => p
            .Add(t => t.Items, items).Add(t => t.LogIsEmpty, logIsEmpty).Add(t => t.Filtered, filtered).Add(t => t.HasOlder, hasOlder)
            .Add(t => t.OnClearFilters, () => onClear?.Invoke()).Add(t => t.OnLoadOlder, () => onLoadOlder?.Invoke()));
}
