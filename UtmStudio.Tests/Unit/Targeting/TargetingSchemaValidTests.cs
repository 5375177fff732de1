using UtmStudio.Features.Campaigns.Targeting;

namespace UtmStudio.Tests.Unit.Targeting;

public sealed class TargetingSchemaValidTests
{
    [Theory]
    [InlineData("{}")]
    [InlineData("""{"locations":["DE","FR"],"languages":["de","fr-CH"],"ageRange":{"min":18,"max":65},"audiences":["runners"],"devices":["mobile"],"custom":{"tier":"gold"}}""")]
    [InlineData("""{"languages":["pt-BR","zh-Hant-TW","es-419","gsw"]}""")]
    [InlineData("""{"ageRange":{"min":13}}""")]
    [InlineData("""{"ageRange":{"max":120}}""")]
    [InlineData("""{"ageRange":{"min":30,"max":30}}""")]
    [InlineData("""{"audiences":["trail runners","Läufer","マラソン"]}""")]
    [InlineData("""{"devices":["desktop","mobile","tablet"]}""")]
    [InlineData("""{"custom":{"tier":"gold","crm.segment":"B2B - SMB","Loyalty_level":"3"}}""")]
    [InlineData("""{"locations":[],"languages":[],"audiences":[],"devices":[],"custom":{}}""")]
    public void A_documented_shape_is_valid(string json) => Assert.Empty(TargetingSchema.Validate(json));

    [Fact]
    public void The_documented_example_is_valid_and_nothing_is_thrown()
    {
        var example = """{"locations":["DE","FR"],"languages":["de","fr-CH"],"ageRange":{"min":18,"max":65},"audiences":["runners"],"devices":["mobile"],"custom":{"tier":"gold"}}""";

        TargetingSchema.EnsureValid(example);
    }

    [Fact]
    public void Every_country_in_the_shipped_list_is_accepted()
    {
        var codes = string.Join(",", Countries.All.Select(c => $"\"{c.Code}\""));

        Assert.Empty(TargetingSchema.Validate($$"""{"locations":[{{codes}}]}"""));
    }

    [Fact]
    public void Every_language_offered_in_the_editor_is_accepted()
    {
        foreach (var chunk in Languages.All.Chunk(TargetingLimits.MaxLanguages))
        {
            var tags = string.Join(",", chunk.Select(l => $"\"{l.Tag}\""));
            Assert.Empty(TargetingSchema.Validate($$"""{"languages":[{{tags}}]}"""));
        }
    }

    [Fact]
    public void Whatever_the_serializer_writes_for_full_criteria_is_valid()
    {
        var criteria = new TargetingCriteria(
            ["DE", "AT", "CH"], ["de", "de-CH"], new AgeRange(25, 54), ["runners", "cyclists"], ["mobile", "tablet"],
            new Dictionary<string, string> { ["tier"] = "gold", ["region"] = "DACH" });

        Assert.Empty(TargetingSchema.Validate(TargetingJson.Serialize(criteria)));
    }
}
