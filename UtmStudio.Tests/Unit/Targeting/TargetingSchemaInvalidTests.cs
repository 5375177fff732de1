using UtmStudio.Features.Campaigns.Targeting;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Unit.Targeting;

/// <summary>Each kind of refusal names the field (the key) and says what is wrong (the message).</summary>
public sealed class TargetingSchemaInvalidTests
{
    [Theory]
    [InlineData("""{"unknownThing":1}""", "targeting.unknownThing", "'unknownThing' is not a targeting field")]
    [InlineData("""{"Locations":["DE"]}""", "targeting.Locations", "'Locations' is not a targeting field")]
    [InlineData("""{"ageRange":{"min":18,"median":30}}""", "targeting.ageRange.median", "'median' is not part of ageRange")]
    public void Unknown_properties_are_refused_at_the_top_and_nested(string json, string field, string message) =>
        AssertRefused(json, field, message);

    [Theory]
    [InlineData("""{"ageRange":{"min":12}}""", "targeting.ageRange.min", "Minimum age (ageRange.min) must be between 13 and 120.")]
    [InlineData("""{"ageRange":{"max":121}}""", "targeting.ageRange.max", "Maximum age (ageRange.max) must be between 13 and 120.")]
    [InlineData("""{"ageRange":{"min":-1,"max":30}}""", "targeting.ageRange.min", "Minimum age (ageRange.min) must be between 13 and 120.")]
    public void Ages_out_of_range_are_refused(string json, string field, string message) => AssertRefused(json, field, message);

    [Fact]
    public void A_minimum_age_above_the_maximum_is_refused_at_the_maximum() =>
        AssertRefused("""{"ageRange":{"min":40,"max":30}}""", "targeting.ageRange.max", "Maximum age (ageRange.max) cannot be below the minimum age (40).");

    [Theory]
    [InlineData("XX")]
    [InlineData("EU")]
    [InlineData("XK")]
    [InlineData("UK")]
    public void A_code_that_is_no_iso_country_is_refused(string code) =>
        AssertRefused($$"""{"locations":["DE","{{code}}"]}""", "targeting.locations[1]", $"'{code}' in locations is not an ISO 3166 country code.");

    [Theory]
    [InlineData("de")]
    [InlineData("DEU")]
    [InlineData("D")]
    [InlineData("")]
    public void A_country_code_not_written_as_two_capitals_is_refused(string code) =>
        AssertRefused($$"""{"locations":["FR","US","{{code}}"]}""", "targeting.locations[2]",
            $"'{code}' in locations is not an ISO 3166 country code (two capital letters, like 'DE').");

    [Theory]
    [InlineData("xx-garbage")]
    [InlineData("i-klingon")]
    [InlineData("EN")]
    [InlineData("en_US")]
    [InlineData("de-DE-1996")]
    public void A_tag_that_is_no_bcp47_language_is_refused(string tag) =>
        AssertRefused($$"""{"languages":["{{tag}}"]}""", "targeting.languages[0]",
            $"'{tag}' in languages is not a BCP 47 language tag (like 'de', 'pt-BR' or 'zh-Hant-TW').");

    [Theory]
    [InlineData("xx")]
    [InlineData("qaa")]
    [InlineData("und")]
    [InlineData("en-XX")]
    public void A_well_formed_tag_of_no_known_language_is_refused(string tag) =>
        AssertRefused($$"""{"languages":["de","{{tag}}"]}""", "targeting.languages[1]",
            $"'{tag}' in languages is not a language tag we know (like 'de', 'pt-BR' or 'zh-Hant-TW').");

    [Fact]
    public void Too_many_audiences_are_refused()
    {
        var tags = string.Join(",", Enumerable.Range(1, 51).Select(i => $"\"tag {i}\""));

        AssertRefused($$"""{"audiences":[{{tags}}]}""", "targeting.audiences", "audiences can list at most 50 entries.");
    }

    [Fact]
    public void A_too_long_audience_tag_is_refused()
    {
        var tag = new string('a', 51);

        AssertRefused($$"""{"audiences":["runners","{{tag}}"]}""", "targeting.audiences[1]", "in audiences is longer than 50 characters.");
    }

    [Theory]
    [InlineData("""{"audiences":[""]}""", "targeting.audiences[0]", "Entry 1 of audiences is empty.")]
    [InlineData("""{"audiences":[" runners"]}""", "targeting.audiences[0]", "' runners' in audiences cannot start or end with a space")]
    [InlineData("""{"audiences":["runners","runners"]}""", "targeting.audiences[1]", "'runners' appears more than once in audiences.")]
    [InlineData("""{"locations":["DE","FR","DE"]}""", "targeting.locations[2]", "'DE' appears more than once in locations.")]
    public void Empty_padded_and_repeated_tags_are_refused(string json, string field, string message) => AssertRefused(json, field, message);

    [Theory]
    [InlineData("""{"devices":["phone"]}""", "targeting.devices[0]", "'phone' in devices is not a device: use desktop, mobile or tablet.")]
    [InlineData("""{"devices":["Mobile"]}""", "targeting.devices[0]", "'Mobile' in devices is not a device")]
    public void An_unknown_device_is_refused(string json, string field, string message) => AssertRefused(json, field, message);

    [Theory]
    [InlineData("""{"custom":{"1tier":"gold"}}""", "targeting.custom.1tier", "'1tier' is not a valid custom key")]
    [InlineData("""{"custom":{"tier level":"gold"}}""", "targeting.custom.tier level", "'tier level' is not a valid custom key")]
    [InlineData("""{"custom":{"tier":""}}""", "targeting.custom.tier", "The custom value for 'tier' is empty.")]
    [InlineData("""{"custom":{"tier":3}}""", "targeting.custom.tier", "The custom value for 'tier' must be text.")]
    public void A_bad_custom_pair_is_refused(string json, string field, string message) => AssertRefused(json, field, message);

    [Fact]
    public void Too_long_custom_keys_and_values_are_refused()
    {
        var key = "k" + new string('e', 50);
        var value = new string('v', 201);

        var errors = TargetingSchema.Validate($$$"""{"custom":{"{{{key}}}":"gold","tier":"{{{value}}}"}}""");

        Assert.Contains("is longer than 50 characters", Assert.Single(errors[$"targeting.custom.{key}"]), StringComparison.Ordinal);
        Assert.Equal("The custom value for 'tier' is longer than 200 characters.", Assert.Single(errors["targeting.custom.tier"]));
    }

    [Fact]
    public void Too_many_custom_pairs_are_refused()
    {
        var pairs = string.Join(",", Enumerable.Range(1, 21).Select(i => $"\"key{i}\":\"v\""));

        AssertRefused($$$"""{"custom":{{{{pairs}}}}}""", "targeting.custom", "custom can have at most 20 key–value pairs.");
    }

    [Theory]
    [InlineData("""{"locations":"DE"}""", "targeting.locations", "locations must be a list of country codes.")]
    [InlineData("""{"languages":{"de":true}}""", "targeting.languages", "languages must be a list of language tags.")]
    [InlineData("""{"ageRange":[18,65]}""", "targeting.ageRange", "ageRange must be an object with min and max.")]
    [InlineData("""{"ageRange":{"min":"18"}}""", "targeting.ageRange.min", "Minimum age (ageRange.min) must be a whole number.")]
    [InlineData("""{"ageRange":{"max":30.5}}""", "targeting.ageRange.max", "Maximum age (ageRange.max) must be a whole number.")]
    [InlineData("""{"audiences":["runners",7]}""", "targeting.audiences[1]", "Entry 2 of audiences must be text.")]
    [InlineData("""{"custom":["tier","gold"]}""", "targeting.custom", "custom must be an object of key–value pairs.")]
    [InlineData("""["DE"]""", "targeting", "Targeting must be a JSON object.")]
    [InlineData("null", "targeting", "Targeting must be a JSON object.")]
    public void Values_of_the_wrong_type_are_refused(string json, string field, string message) => AssertRefused(json, field, message);

    [Fact]
    public void Text_that_is_not_json_is_refused() => AssertRefused("{\"locations\":", "targeting", "Targeting is not valid JSON.");

    [Fact]
    public void Every_wrong_field_is_reported_in_document_order()
    {
        var errors = TargetingSchema.Validate("""{"custom":{"tier":""},"devices":["tv"],"locations":["XX"],"extra":true}""");

        Assert.Equal(["targeting.locations[0]", "targeting.devices[0]", "targeting.custom.tier", "targeting.extra"], errors.Keys);
    }

    [Fact]
    public void Ensure_valid_throws_a_validation_problem_naming_the_first_field()
    {
        var problem = Assert.Throws<ValidationProblem>(() => TargetingSchema.EnsureValid("""{"languages":["de"],"locations":["DE","XX"]}"""));

        Assert.Equal("Targeting: 'XX' in locations is not an ISO 3166 country code.", problem.Message);
        Assert.Equal(ErrorCodes.ValidationFailed, problem.Code);
        Assert.Equal(["targeting.locations[1]"], problem.Errors.Keys);
    }

    [Fact]
    public void Ensure_valid_does_not_say_targeting_twice_for_the_whole_document() =>
        Assert.Equal("Targeting is not valid JSON.", Assert.Throws<ValidationProblem>(() => TargetingSchema.EnsureValid("{")).Message);

    private static void AssertRefused(string json, string field, string message)
    {
        var errors = TargetingSchema.Validate(json);

        Assert.True(errors.ContainsKey(field), $"Expected an error at {field}, got: {string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" | ", e.Value)}"))}");
        Assert.Contains(errors[field], m => m.Contains(message, StringComparison.Ordinal));
        Assert.Single(errors);
    }
}
