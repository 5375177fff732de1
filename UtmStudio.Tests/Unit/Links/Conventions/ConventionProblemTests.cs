using UtmStudio.Features.Links.Composition;
using UtmStudio.Features.Links.Conventions;

namespace UtmStudio.Tests.Unit.Links.Conventions;

/// <summary>The conventions that cannot be fixed: each becomes a problem that says what is allowed.</summary>
public sealed class ConventionProblemTests
{
    private static readonly AllowedValues TeamMediums = new()
    {
        Values = [new("email", "Newsletters and mailings"), new("cpc", "Paid search"), new("social")],
        ClosedList = true,
    };

    private static readonly LinkConventions PaidRules = new()
    {
        Dependencies = [new DependentRule("cpc", ["google", "bing", "meta"])],
    };

    private static ConventionOutcome Apply(UtmValues values, LinkConventions conventions) => ConventionEnforcer.Apply(values, conventions);

    [Fact]
    public void A_closed_list_refuses_other_values_and_names_the_allowed_ones()
    {
        var outcome = Apply(new UtmValues("newsletter", "banner", "c"), new LinkConventions { Mediums = TeamMediums });

        Assert.False(outcome.IsValid);
        Assert.Equal("Your team's mediums are: email, cpc, social. Ask a manager to add 'banner'.", outcome.Problems["utm_medium"]);
        Assert.Single(outcome.Problems);
    }

    [Fact]
    public void A_long_closed_list_is_cut_short_in_the_message()
    {
        var sources = AllowedValues.Closed([.. Enumerable.Range(1, 12).Select(i => $"s{i}")]);

        var problem = Apply(new UtmValues("other", "email", "c"), new LinkConventions { Sources = sources }).Problems["utm_source"];

        Assert.Equal("Your team's sources are: s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 and 2 more. Ask a manager to add 'other'.", problem);
    }

    [Fact]
    public void Suggestions_and_an_empty_closed_list_accept_any_value()
    {
        var suggested = TeamMediums with { ClosedList = false };

        Assert.True(Apply(new UtmValues("x", "banner", "c"), new LinkConventions { Mediums = suggested }).IsValid);
        Assert.True(Apply(new UtmValues("x", "banner", "c"), new LinkConventions { Mediums = AllowedValues.Closed() }).IsValid);
    }

    [Fact]
    public void Descriptions_are_not_values()
    {
        var outcome = Apply(new UtmValues("x", "Paid search", "c"), new LinkConventions { Mediums = TeamMediums });

        Assert.True(outcome.Problems.ContainsKey("utm_medium"));
    }

    [Fact]
    public void List_values_are_matched_after_normalising()
    {
        var conventions = new LinkConventions
        {
            Lowercase = true, Spaces = SpaceReplacement.Underscore, Sources = AllowedValues.Closed("google", "paid_social"),
        };

        var outcome = Apply(new UtmValues("Paid  Social", "cpc", "c"), conventions);

        Assert.True(outcome.IsValid);
        Assert.Equal("paid_social", outcome.Values.Source);
        Assert.True(Apply(new UtmValues("Google", "cpc", "c"), conventions).IsValid);
    }

    [Theory]
    [InlineData("google")]
    [InlineData("Bing")]
    [InlineData("meta")]
    public void A_dependency_allows_its_sources_in_any_case(string source) =>
        Assert.True(Apply(new UtmValues(source, "cpc", "c"), PaidRules).IsValid);

    [Fact]
    public void A_dependency_refuses_other_sources_with_its_medium_only()
    {
        var broken = Apply(new UtmValues("newsletter", "CPC", "c"), PaidRules);

        Assert.Equal("cpc", broken.Values.Medium);
        Assert.Equal("With medium cpc the source must be google, bing or meta.", broken.Problems["utm_source"]);
        Assert.Single(broken.Problems);
        Assert.True(Apply(new UtmValues("newsletter", "email", "c"), PaidRules).IsValid);
    }

    [Fact]
    public void A_dependency_speaks_louder_than_the_source_list_and_rules_for_one_medium_add_up()
    {
        var conventions = PaidRules with
        {
            Sources = AllowedValues.Closed("google", "bing", "meta", "newsletter"),
            Dependencies = [.. PaidRules.Dependencies, new DependentRule("cpc", ["tiktok"])],
        };

        var outcome = Apply(new UtmValues("newsletter", "cpc", "c"), conventions);

        Assert.Equal("With medium cpc the source must be google, bing, meta or tiktok.", outcome.Problems["utm_source"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_required_field_must_be_filled_in(string? term)
    {
        var conventions = new LinkConventions { RequiredFields = ["utm_content", "utm_term"] };

        var outcome = Apply(new UtmValues("x", "y", "c", Content: "hero", Term: term), conventions);

        Assert.Equal(["utm_term"], outcome.Problems.Keys);
        Assert.Equal("Your team fills in utm_term on every link; enter one.", outcome.Problems["utm_term"]);
    }

    [Fact]
    public void A_missing_source_is_left_to_the_composer_even_if_badly_set_as_required()
    {
        var conventions = new LinkConventions { Sources = AllowedValues.Closed("google"), RequiredFields = ["utm_source"] };

        Assert.Empty(Apply(new UtmValues(" ", "cpc", "c"), conventions).Problems);
    }

    [Fact]
    public void Forbidden_characters_are_named_once_each_and_letters_match_in_either_case()
    {
        var conventions = new LinkConventions { ForbiddenCharacters = "&#é☕" };

        var outcome = Apply(new UtmValues("a&b&c", "x", "c", Content: "#1 CAFÉ ☕"), conventions);

        Assert.Equal("Your team doesn't use & in UTM values; remove it.", outcome.Problems["utm_source"]);
        Assert.Equal("Your team doesn't use #, É or ☕ in UTM values; remove them.", outcome.Problems["utm_content"]);
    }

    [Fact]
    public void A_value_longer_than_the_maximum_is_refused_after_spaces_are_removed()
    {
        var conventions = new LinkConventions { MaxLength = 10, Spaces = SpaceReplacement.Remove };

        var outcome = Apply(new UtmValues("a b c d e f", "abcdefghijk", "c"), conventions);

        Assert.Equal("abcdef", outcome.Values.Source);
        Assert.Equal(["utm_medium"], outcome.Problems.Keys);
        Assert.Equal("Your team keeps UTM values to 10 characters; this one has 11. Shorten it.", outcome.Problems["utm_medium"]);
    }

    [Fact]
    public void Fixes_come_first_then_the_checks_see_the_fixed_value()
    {
        // "Google Ads" is not in the list and has a (badly) forbidden space; fixed to "google_ads" it breaks nothing.
        var conventions = new LinkConventions
        {
            Lowercase = true, Spaces = SpaceReplacement.Underscore, ForbiddenCharacters = "# ",
            Sources = AllowedValues.Closed("google_ads"), MaxLength = 10,
        };

        var outcome = Apply(new UtmValues("Google Ads", "cpc", "c"), conventions);

        Assert.True(outcome.IsValid);
        Assert.Equal(2, outcome.Changes.Count);
    }

    [Fact]
    public void One_problem_per_parameter_and_the_list_message_wins()
    {
        var conventions = new LinkConventions { Mediums = TeamMediums, ForbiddenCharacters = "#", MaxLength = 3 };

        var outcome = Apply(new UtmValues("x", "#banner", "c"), conventions);

        Assert.StartsWith("Your team's mediums are:", outcome.Problems["utm_medium"], StringComparison.Ordinal);
    }

    [Fact]
    public void Breaks_lists_every_fix_and_problem_for_the_tightened_rules_report()
    {
        var conventions = new LinkConventions { Lowercase = true, Mediums = TeamMediums };

        var reasons = ConventionEnforcer.Breaks(new UtmValues("Newsletter", "banner", "c"), conventions);

        Assert.Equal(
            ["utm_source: 'Newsletter' becomes 'newsletter'. Your team writes UTM values in lowercase.",
             "utm_medium: Your team's mediums are: email, cpc, social. Ask a manager to add 'banner'."],
            reasons);
    }
}
