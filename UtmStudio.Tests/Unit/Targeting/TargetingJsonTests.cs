using UtmStudio.Features.Campaigns.Targeting;

namespace UtmStudio.Tests.Unit.Targeting;

public sealed class TargetingJsonTests
{
    private static readonly TargetingCriteria Example = new(
        ["DE", "FR"], ["de", "fr-CH"], new AgeRange(18, 65), ["runners"], ["mobile"],
        new Dictionary<string, string> { ["tier"] = "gold" });

    [Fact]
    public void Full_criteria_are_written_in_the_documented_shape() =>
        Assert.Equal(
            """{"locations":["DE","FR"],"languages":["de","fr-CH"],"ageRange":{"min":18,"max":65},"audiences":["runners"],"devices":["mobile"],"custom":{"tier":"gold"}}""",
            TargetingJson.Serialize(Example));

    [Fact]
    public void Empty_criteria_are_written_as_an_empty_object() => Assert.Equal("{}", TargetingJson.Serialize(TargetingCriteria.Empty));

    [Fact]
    public void Empty_parts_are_left_out()
    {
        var criteria = TargetingCriteria.Empty with { Devices = ["tablet"], AgeRange = new AgeRange(null, null) };

        Assert.Equal("""{"devices":["tablet"]}""", TargetingJson.Serialize(criteria));
    }

    [Fact]
    public void An_open_ended_age_range_writes_only_its_end() =>
        Assert.Equal("""{"ageRange":{"min":21}}""", TargetingJson.Serialize(TargetingCriteria.Empty with { AgeRange = new AgeRange(21, null) }));

    [Fact]
    public void Text_outside_ascii_stays_readable() =>
        Assert.Equal("""{"audiences":["Läufer","マラソン"]}""", TargetingJson.Serialize(TargetingCriteria.Empty with { Audiences = ["Läufer", "マラソン"] }));

    [Fact]
    public void What_is_written_reads_back_the_same() => Assert.Equal(Example, TargetingJson.Parse(TargetingJson.Serialize(Example)));

    [Theory]
    [InlineData("{}")]
    [InlineData("")]
    [InlineData("""{"locations":[],"ageRange":{}}""")]
    public void An_empty_document_reads_as_empty_criteria(string json)
    {
        var criteria = TargetingJson.Parse(json);

        Assert.True(criteria.IsEmpty);
        Assert.Equal(TargetingCriteria.Empty, criteria);
    }

    [Fact]
    public void Missing_parts_read_as_empty()
    {
        var criteria = TargetingJson.Parse("""{"languages":["de"],"ageRange":{"max":40}}""");

        Assert.Equal(["de"], criteria.Languages);
        Assert.Equal(new AgeRange(null, 40), criteria.AgeRange);
        Assert.Empty(criteria.Locations);
        Assert.Empty(criteria.Custom);
        Assert.False(criteria.IsEmpty);
    }

    [Fact]
    public void Equal_contents_are_equal_criteria()
    {
        var copy = new TargetingCriteria(
            ["DE", "FR"], ["de", "fr-CH"], new AgeRange(18, 65), ["runners"], ["mobile"],
            new Dictionary<string, string> { ["tier"] = "gold" });

        Assert.Equal(Example, copy);
        Assert.NotEqual(Example, copy with { Devices = ["desktop"] });
    }
}
