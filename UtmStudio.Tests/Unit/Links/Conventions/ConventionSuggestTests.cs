using UtmStudio.Features.Links.Conventions;

namespace UtmStudio.Tests.Unit.Links.Conventions;

/// <summary>The builder's autocomplete: the team's values that match what is typed.</summary>
public sealed class ConventionSuggestTests
{
    private static readonly LinkConventions Team = new()
    {
        Lowercase = true,
        Spaces = SpaceReplacement.Underscore,
        Sources = new AllowedValues { Values = [new("newsletter"), new("google", "Search ads"), new("bing"), new("paid_social"), new("meta")] },
        Mediums = AllowedValues.Closed("email", "cpc", "social"),
        Dependencies = [new DependentRule("cpc", ["google", "bing", "tiktok"])],
    };

    private static IEnumerable<string> Suggest(string parameter, string? typed, string? medium = null) =>
        ConventionEnforcer.Suggest(parameter, typed, Team, medium).Select(v => v.Value);

    [Fact]
    public void Values_starting_with_the_text_come_before_values_containing_it()
    {
        Assert.Equal(["google", "bing"], Suggest("utm_source", "g"));
        Assert.Equal(["social"], Suggest("utm_medium", "so"));
        Assert.Empty(Suggest("utm_medium", "banner"));
    }

    [Fact]
    public void Matching_ignores_case_and_normalises_spaces()
    {
        Assert.Equal(["google"], Suggest("utm_source", "GOO"));
        Assert.Equal(["paid_social"], Suggest("utm_source", "Paid S"));
    }

    [Fact]
    public void Nothing_typed_offers_the_whole_list_with_descriptions()
    {
        var all = ConventionEnforcer.Suggest("utm_source", "", Team);

        Assert.Equal(Team.Sources.Values, all);
        Assert.Equal("Search ads", all[1].Description);
    }

    [Fact]
    public void A_medium_with_a_rule_narrows_the_sources_to_the_rules()
    {
        var sources = ConventionEnforcer.Suggest("utm_source", null, Team, medium: "CPC");

        Assert.Equal([new AllowedValue("google", "Search ads"), new AllowedValue("bing"), new AllowedValue("tiktok")], sources);
        Assert.Equal(["newsletter", "google", "bing", "paid_social", "meta"], Suggest("utm_source", null, medium: "email"));
    }

    [Fact]
    public void Parameters_without_lists_have_no_suggestions() =>
        Assert.Empty(Suggest("utm_content", "a"));
}
