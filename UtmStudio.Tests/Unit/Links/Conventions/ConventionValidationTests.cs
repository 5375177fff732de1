using UtmStudio.Features.Links.Conventions;

namespace UtmStudio.Tests.Unit.Links.Conventions;

/// <summary>The manager's settings form: conventions that contradict themselves are refused, with a fix.</summary>
public sealed class ConventionValidationTests
{
    private static readonly LinkConventions Team = new()
    {
        Lowercase = true,
        Spaces = SpaceReplacement.Underscore,
        Sources = new AllowedValues { Values = [new("google", "Search ads"), new("bing"), new("newsletter")], ClosedList = true },
        Mediums = AllowedValues.Closed("email", "cpc", "paid_social"),
        Dependencies = [new DependentRule("cpc", ["google", "bing"])],
        RequiredFields = ["utm_content", "utm_marketing_tactic"],
        ForbiddenCharacters = "&#?%",
        MaxLength = 50,
    };

    private static string Problem(LinkConventions conventions, string field) =>
        Assert.Single(ConventionValidation.Validate(conventions), p => p.Key == field).Value;

    [Fact]
    public void Consistent_conventions_and_none_pass()
    {
        Assert.Empty(ConventionValidation.Validate(Team));
        Assert.Empty(ConventionValidation.Validate(LinkConventions.None));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-5)]
    public void The_maximum_length_is_from_1_to_100(int maxLength) =>
        Assert.Equal("Choose a maximum length from 1 to 100 characters (links allow 100 at most).", Problem(Team with { MaxLength = maxLength }, "maxLength"));

    [Theory]
    [InlineData("Google", "'Google' doesn't follow your team's own rules; write it as 'google'.")]
    [InlineData("paid social", "'paid social' doesn't follow your team's own rules; write it as 'paid_social'.")]
    [InlineData("bing", "'bing' is in the list twice; keep one.")]
    [InlineData("BING", "'BING' doesn't follow your team's own rules; write it as 'bing'.")]
    [InlineData("  ", "Fill in every source, or remove the empty one.")]
    [InlineData("a\u0001b", "'a\u0001b' contains a line break or tab; remove it.")]
    [InlineData("q&a", "'q&a' contains &, which your team forbids; remove it from the value or from the forbidden characters.")]
    public void Each_list_value_must_be_one_the_conventions_accept_as_it_is(string extra, string message)
    {
        var conventions = Team with { Sources = Team.Sources with { Values = [.. Team.Sources.Values, new(extra)] } };

        Assert.Equal(message, Problem(conventions, "sources"));
    }

    [Fact]
    public void List_values_respect_the_maximum_length_and_descriptions_have_a_limit()
    {
        Assert.Equal("'newsletter' is longer than 6 characters; shorten it.", Problem(Team with { MaxLength = 6 }, "sources"));
        Assert.Equal("'paid_social' is longer than 6 characters; shorten it.", Problem(Team with { MaxLength = 6 }, "mediums"));
        var described = Team with { Mediums = new AllowedValues { Values = [new("email", new string('d', 201))] } };
        Assert.Equal("The description of 'email' is too long; keep it to 200 characters.", Problem(described, "mediums"));
    }

    [Fact]
    public void A_closed_list_needs_a_value_and_a_list_has_a_limit()
    {
        Assert.Equal("A closed list needs at least one medium: add some, or let people use any medium.",
            Problem(Team with { Mediums = AllowedValues.Closed(), Dependencies = [] }, "mediums"));
        var many = AllowedValues.Suggested([.. Enumerable.Range(0, 201).Select(i => $"s{i}")]);
        Assert.Equal("Keep the list to 200 sources.", Problem(Team with { Sources = many, Dependencies = [] }, "sources"));
    }

    [Fact]
    public void Dependencies_use_listed_values_when_the_lists_are_closed()
    {
        Assert.Equal("The rule is for medium banner, which isn't one of your team's mediums; add it to the mediums first.",
            Problem(Team with { Dependencies = [new DependentRule("banner", ["google"])] }, "dependencies"));
        Assert.Equal("The rule for medium cpc allows meta, which isn't one of your team's sources; add it to the sources first.",
            Problem(Team with { Dependencies = [new DependentRule("cpc", ["google", "meta"])] }, "dependencies"));
        var open = Team with { Sources = Team.Sources with { ClosedList = false }, Mediums = AllowedValues.None };
        Assert.Empty(ConventionValidation.Validate(open with { Dependencies = [new DependentRule("banner", ["meta"])] }));
    }

    [Fact]
    public void A_dependency_needs_sources_one_rule_per_medium_and_conforming_values()
    {
        Assert.Equal("The rule for medium cpc needs at least one source.", Problem(Team with { Dependencies = [new DependentRule("cpc", [])] }, "dependencies"));
        Assert.Equal("There are two rules for medium CPC; make them one.",
            Problem(Team with { Lowercase = false, Dependencies = [new DependentRule("cpc", ["bing"]), new DependentRule("CPC", ["google"])] }, "dependencies"));
        Assert.Equal("'Google' doesn't follow your team's own rules; write it as 'google'.",
            Problem(Team with { Dependencies = [new DependentRule("cpc", ["Google"])] }, "dependencies"));
    }

    [Theory]
    [InlineData("utm_source", "utm_source is always required; there's no need to add it.")]
    [InlineData("utm_campaign", "utm_campaign comes from the campaign, so it can't be required here.")]
    [InlineData("utm_id", "utm_id comes from the campaign, so it can't be required here.")]
    [InlineData("utm_colour", "'utm_colour' isn't a parameter you can require; choose from utm_content, utm_term, utm_source_platform, utm_creative_format or utm_marketing_tactic.")]
    public void Only_the_optional_parameters_can_be_required(string field, string message) =>
        Assert.Equal(message, Problem(Team with { RequiredFields = ["utm_term", field] }, "requiredFields"));

    [Theory]
    [InlineData("&a1Z", "Letters and digits can't be forbidden (every value needs them); remove a, 1 and Z.")]
    [InlineData("& ", "Spaces are handled by the space setting; remove them (and any tabs or line breaks) from the forbidden characters.")]
    [InlineData("&_", "Spaces become _, so _ can't be forbidden too; remove it or change the space setting.")]
    public void Forbidden_characters_cannot_be_letters_digits_spaces_or_the_space_replacement(string characters, string message) =>
        Assert.Equal(message, Problem(Team with { ForbiddenCharacters = characters }, "forbiddenCharacters"));

    [Fact]
    public void Accented_letters_and_the_other_replacements_may_be_forbidden()
    {
        Assert.Empty(ConventionValidation.Validate(Team with { ForbiddenCharacters = "é-ü☕" }));
        Assert.Equal("Keep the forbidden characters to 100.", Problem(Team with { ForbiddenCharacters = new string('!', 101) }, "forbiddenCharacters"));
    }
}
