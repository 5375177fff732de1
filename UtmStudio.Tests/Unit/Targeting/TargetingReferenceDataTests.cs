using System.Text.Json;
using UtmStudio.Features.Campaigns.Targeting;

namespace UtmStudio.Tests.Unit.Targeting;

/// <summary>The shipped lists and the schema's numbers, as the editor and the messages rely on them.</summary>
public sealed class TargetingReferenceDataTests
{
    [Fact]
    public void The_country_list_holds_the_249_iso_countries_and_no_other_codes()
    {
        Assert.Equal(249, Countries.All.Count);
        Assert.All(["DE", "FR", "US", "GB", "BR", "IN", "JP", "CI", "EH", "AQ"], code => Assert.True(Countries.IsKnown(code), code));
        Assert.All(["EU", "XX", "XK", "UK", "UN", "ZZ", "de"], code => Assert.False(Countries.IsKnown(code), code));
    }

    [Fact]
    public void Countries_are_found_by_name_ignoring_case_and_accents()
    {
        Assert.Equal("CI", Assert.Single(Countries.Search("cote d")).Code);
        Assert.Contains(Countries.Search("germ"), c => c.Code == "DE");
        Assert.Equal("Germany", Countries.Search("de").First().Name);
    }

    [Theory]
    [InlineData("de", "German")]
    [InlineData("pt-BR", "Portuguese (Brazil)")]
    [InlineData("zh-Hant-TW", "Chinese (Traditional, Taiwan)")]
    public void Known_languages_have_english_names(string tag, string name)
    {
        Assert.True(Languages.IsKnown(tag));
        Assert.Equal(name, Languages.NameOf(tag));
    }

    [Fact]
    public void Languages_are_found_by_name_and_by_tag()
    {
        Assert.Contains(Languages.Search("portug"), l => l.Tag == "pt-BR");
        Assert.Equal("fr-CH", Languages.Search("fr-CH").First().Tag);
        Assert.Contains(Languages.Search(null), l => l.Tag == "en");
    }

    [Fact]
    public void The_schema_is_draft_2020_12_with_an_id_and_a_description()
    {
        using var schema = JsonDocument.Parse(TargetingSchema.Text);
        var root = schema.RootElement;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("$id").GetString()));
        Assert.All(root.GetProperty("properties").EnumerateObject(), p => Assert.True(p.Value.TryGetProperty("description", out _), p.Name));
    }

    [Fact]
    public void The_limits_the_editor_shows_are_the_schemas()
    {
        using var schema = JsonDocument.Parse(TargetingSchema.Text);
        var properties = schema.RootElement.GetProperty("properties");
        int Number(params string[] path) => path.Aggregate(properties, (e, name) => e.GetProperty(name)).GetInt32();

        Assert.Equal(TargetingLimits.MinAge, Number("ageRange", "properties", "min", "minimum"));
        Assert.Equal(TargetingLimits.MaxAge, Number("ageRange", "properties", "max", "maximum"));
        Assert.Equal(TargetingLimits.MaxLocations, Number("locations", "maxItems"));
        Assert.Equal(TargetingLimits.MaxLanguages, Number("languages", "maxItems"));
        Assert.Equal(TargetingLimits.MaxAudiences, Number("audiences", "maxItems"));
        Assert.Equal(TargetingLimits.MaxAudienceLength, Number("audiences", "items", "maxLength"));
        Assert.Equal(TargetingLimits.MaxCustomPairs, Number("custom", "maxProperties"));
        Assert.Equal(TargetingLimits.MaxCustomKeyLength, Number("custom", "propertyNames", "maxLength"));
        Assert.Equal(TargetingLimits.MaxCustomValueLength, Number("custom", "additionalProperties", "maxLength"));
        Assert.Equal(TargetingDevices.All, properties.GetProperty("devices").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Languages.TagPattern, properties.GetProperty("languages").GetProperty("items").GetProperty("pattern").GetString());
    }
}
