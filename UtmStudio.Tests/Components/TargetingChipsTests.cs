using Bunit;
using UtmStudio.Features.Campaigns.Targeting;

namespace UtmStudio.Tests.Components;

public sealed class TargetingChipsTests : MudTestBase
{
    [Fact]
    public void Each_part_is_a_titled_line_of_readable_chips()
    {
        var criteria = TargetingJson.Parse(
            """{"locations":["DE","FR"],"languages":["de","fr-CH"],"ageRange":{"min":18,"max":65},"audiences":["runners"],"devices":["mobile","tablet"],"custom":{"tier":"gold"}}""");

        var chips = Render<TargetingChips>(p => p.Add(c => c.Value, criteria));

        Assert.Equal(["Germany", "France"], ChipsOf(chips, "targeting-locations"));
        Assert.Equal(["German", "French (Switzerland)"], ChipsOf(chips, "targeting-languages"));
        Assert.Equal(["Ages 18–65"], ChipsOf(chips, "targeting-ages"));
        Assert.Equal(["runners"], ChipsOf(chips, "targeting-audiences"));
        Assert.Equal(["Mobile", "Tablet"], ChipsOf(chips, "targeting-devices"));
        Assert.Equal(["tier: gold"], ChipsOf(chips, "targeting-custom"));
        Assert.StartsWith("Locations:", chips.Find("[data-testid=targeting-locations]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Devices_have_their_icons() =>
        Assert.Equal(2, Render<TargetingChips>(p => p.Add(c => c.Value, TargetingCriteria.Empty with { Devices = ["desktop", "mobile"] }))
            .FindAll("[data-testid=targeting-devices] .mud-chip svg").Count);

    [Theory]
    [InlineData(21, null, "Ages 21+")]
    [InlineData(null, 40, "Ages up to 40")]
    [InlineData(30, 30, "Age 30")]
    public void An_open_or_single_age_reads_naturally(int? min, int? max, string text) =>
        Assert.Equal([text], ChipsOf(Render<TargetingChips>(p => p.Add(c => c.Value, TargetingCriteria.Empty with { AgeRange = new AgeRange(min, max) })), "targeting-ages"));

    [Fact]
    public void Only_the_parts_that_are_set_are_shown()
    {
        var chips = Render<TargetingChips>(p => p.Add(c => c.Value, TargetingCriteria.Empty with { Audiences = ["runners"] }));

        Assert.Single(chips.FindAll("[data-testid=targeting-chips] > div"));
        Assert.Empty(chips.FindAll("[data-testid=targeting-none]"));
    }

    [Fact]
    public void No_targeting_reads_as_everyone()
    {
        var chips = Render<TargetingChips>(p => p.Add(c => c.Value, TargetingJson.Parse("{}")));

        Assert.Equal("No targeting: everyone", chips.Find("[data-testid=targeting-none]").TextContent.Trim());
        Assert.Empty(chips.FindAll(".mud-chip"));
    }

    private static string[] ChipsOf(IRenderedComponent<TargetingChips> chips, string group) =>
        [.. chips.FindAll($"[data-testid={group}] .mud-chip").Select(chip => chip.TextContent.Trim())];
}
