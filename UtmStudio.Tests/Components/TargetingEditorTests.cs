using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using UtmStudio.Features.Campaigns.Targeting;

namespace UtmStudio.Tests.Components;

public sealed class TargetingEditorTests : MudTestBase
{
    private const string DocumentedExample =
        """{"locations":["DE","FR"],"languages":["de","fr-CH"],"ageRange":{"min":18,"max":65},"audiences":["runners"],"devices":["mobile"],"custom":{"tier":"gold"}}""";

    [Fact]
    public async Task Picking_and_typing_produces_the_documented_json()
    {
        var host = RenderInteractive<TargetingEditorHost>();

        await PickAsync(host, "targeting-locations", "germ", "Germany (DE)");
        await PickAsync(host, "targeting-locations", "fran", "France (FR)");
        await PickAsync(host, "targeting-languages", "german", "German (de)");
        await PickAsync(host, "targeting-languages", "fr-CH", "French (Switzerland) (fr-CH)");
        await host.Find("input[data-testid=targeting-age-min]").InputAsync(new() { Value = "18" });
        await host.Find("input[data-testid=targeting-age-max]").InputAsync(new() { Value = "65" });
        await AddTagAsync(host, "runners");
        await host.Find("input[data-testid=targeting-device-mobile]").ChangeAsync(new() { Value = true });
        await AddPairAsync(host, "tier", "gold");

        Assert.Equal(DocumentedExample, host.Instance.Json);
        Assert.Empty(TargetingSchema.Validate(host.Instance.Json));
    }

    [Fact]
    public async Task A_picked_country_shows_as_a_chip_and_its_remove_button_takes_it_out()
    {
        var host = RenderInteractive<TargetingEditorHost>();
        await PickAsync(host, "targeting-locations", "japan", "Japan (JP)");

        Assert.Equal("Japan", host.Find("[data-testid=targeting-locations-chip-JP]").TextContent.Trim());

        await host.Find("[data-testid=targeting-locations-chip-JP] button[aria-label='Remove Japan']").ClickAsync(new());

        Assert.Equal("{}", host.Instance.Json);
        Assert.Empty(host.FindAll("[data-testid=targeting-locations-chip-JP]"));
    }

    [Fact]
    public async Task Enter_adds_the_typed_audience_and_the_same_tag_twice_is_refused()
    {
        var host = RenderInteractive<TargetingEditorHost>();

        await AddTagAsync(host, "  trail   runners ");
        await AddTagAsync(host, "Trail Runners");

        Assert.Equal("""{"audiences":["trail runners"]}""", host.Instance.Json);
        Assert.Contains("'Trail Runners' is already there.", host.Find("[data-testid=targeting-audiences]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tags_remove_button_takes_it_out()
    {
        var host = RenderInteractive<TargetingEditorHost>(p => p.Add(h => h.Criteria, TargetingCriteria.Empty with { Audiences = ["runners", "cyclists"] }));

        await host.Find("button[aria-label='Remove runners']").ClickAsync(new());

        Assert.Equal("""{"audiences":["cyclists"]}""", host.Instance.Json);
    }

    [Fact]
    public async Task A_change_is_kept_when_the_parent_has_not_stored_it_yet()
    {
        var reported = new List<TargetingCriteria>();
        var editor = RenderInteractive<TargetingEditor>(p => p.Add(e => e.Value, TargetingCriteria.Empty).Add(e => e.ValueChanged, reported.Add));

        await editor.Find("input[data-testid=targeting-device-tablet]").ChangeAsync(new() { Value = true });
        await editor.Find("input[data-testid=targeting-device-desktop]").ChangeAsync(new() { Value = true });

        Assert.Equal(["desktop", "tablet"], reported[^1].Devices);
    }

    [Fact]
    public async Task A_minimum_age_above_the_maximum_is_shown_at_the_maximum()
    {
        var host = RenderInteractive<TargetingEditorHost>();

        await host.Find("input[data-testid=targeting-age-min]").InputAsync(new() { Value = "40" });
        await host.Find("input[data-testid=targeting-age-max]").InputAsync(new() { Value = "30" });

        Assert.Equal("""{"ageRange":{"min":40,"max":30}}""", host.Instance.Json);
        Assert.Contains("Maximum age (ageRange.max) cannot be below the minimum age (40).", AgeMaxField(host).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_custom_key_is_shown_at_its_row()
    {
        var host = RenderInteractive<TargetingEditorHost>();

        await AddPairAsync(host, "1tier", "gold");

        Assert.Contains("'1tier' is not a valid custom key", host.Find("[data-testid=custom-pair]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_without_a_key_says_it_is_not_saved()
    {
        var host = RenderInteractive<TargetingEditorHost>();

        await host.Find("button[data-testid=custom-add]").ClickAsync(new());
        await host.Find("input[data-testid=custom-value]").InputAsync(new() { Value = "gold" });

        Assert.Equal("{}", host.Instance.Json);
        Assert.Contains("Give this value a key", host.Find("[data-testid=custom-pair]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_servers_errors_are_shown_at_their_fields()
    {
        var errors = new Dictionary<string, string[]>
        {
            ["targeting.locations[0]"] = ["'XX' in locations is not an ISO 3166 country code."],
            ["targeting.unknownThing"] = ["'unknownThing' is not a targeting field."],
        };

        var host = RenderInteractive<TargetingEditorHost>(p => p
            .Add(h => h.Criteria, TargetingCriteria.Empty with { Locations = ["XX"] })
            .Add(h => h.Errors, errors));

        Assert.Contains("'XX' in locations is not an ISO 3166 country code.", host.Find("[data-testid=targeting-locations]").TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-chip-color-error", host.Find("[data-testid=targeting-locations-chip-XX]").ClassName, StringComparison.Ordinal);
        Assert.Contains("'unknownThing' is not a targeting field.", host.Find("[data-testid=targeting-error]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_servers_errors_go_once_the_user_changes_something()
    {
        var errors = new Dictionary<string, string[]> { ["targeting.audiences"] = ["audiences can list at most 50 entries."] };
        var host = RenderInteractive<TargetingEditorHost>(p => p.Add(h => h.Errors, errors));
        Assert.Contains("at most 50 entries", host.Find("[data-testid=targeting-audiences]").TextContent, StringComparison.Ordinal);

        await AddTagAsync(host, "runners");

        Assert.DoesNotContain("at most 50 entries", host.Find("[data-testid=targeting-audiences]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Stored_criteria_are_shown_in_the_fields()
    {
        var host = RenderInteractive<TargetingEditorHost>(p => p.Add(h => h.Criteria, TargetingJson.Parse(DocumentedExample)));

        Assert.NotNull(host.Find("[data-testid=targeting-locations-chip-DE]"));
        Assert.Equal("French (Switzerland)", host.Find("[data-testid=targeting-languages-chip-fr-CH]").TextContent.Trim());
        Assert.Equal("18", host.Find("input[data-testid=targeting-age-min]").GetAttribute("value"));
        Assert.Equal("runners", host.Find("[data-testid=targeting-audiences-chip]").TextContent.Trim());
        Assert.True(host.Find("input[data-testid=targeting-device-mobile]").HasAttribute("checked"));
        Assert.Equal("tier", host.Find("input[data-testid=custom-key]").GetAttribute("value"));
    }

    [Fact]
    public void A_disabled_editor_offers_no_changes()
    {
        var host = RenderInteractive<TargetingEditorHost>(p => p
            .Add(h => h.Criteria, TargetingJson.Parse(DocumentedExample)).Add(h => h.Disabled, true));

        Assert.True(host.Find("input[data-testid=targeting-locations-search]").HasAttribute("disabled"));
        Assert.Empty(host.FindAll("[data-testid=chip-remove]"));
        Assert.True(host.Find("button[data-testid=custom-add]").HasAttribute("disabled"));
    }

    private static async Task PickAsync(IRenderedComponent<TargetingEditorHost> host, string picker, string typed, string option)
    {
        await host.Find($"input[data-testid={picker}-search]").InputAsync(new() { Value = typed });
        host.WaitForAssertion(() => Assert.Contains(OptionsShown(host), item => item.TextContent.Trim() == option));
        await OptionsShown(host).First(item => item.TextContent.Trim() == option).ClickAsync(new());
        host.WaitForAssertion(() => Assert.Empty(OptionsShown(host)));
    }

    private static IEnumerable<IElement> OptionsShown(IRenderedComponent<TargetingEditorHost> host) =>
        host.FindAll(".mud-popover-open .mud-list-item");

    private static async Task AddTagAsync(IRenderedComponent<TargetingEditorHost> host, string tag)
    {
        var input = host.Find("input[data-testid=targeting-audiences-input]");
        await input.InputAsync(new() { Value = tag });
        await host.Find("input[data-testid=targeting-audiences-input]").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });
    }

    private static async Task AddPairAsync(IRenderedComponent<TargetingEditorHost> host, string key, string value)
    {
        await host.Find("button[data-testid=custom-add]").ClickAsync(new());
        await host.FindAll("input[data-testid=custom-key]")[^1].InputAsync(new() { Value = key });
        await host.FindAll("input[data-testid=custom-value]")[^1].InputAsync(new() { Value = value });
    }

    private static IElement AgeMaxField(IRenderedComponent<TargetingEditorHost> host) =>
        host.Find("input[data-testid=targeting-age-max]").Closest(".mud-input-control")!;
}
