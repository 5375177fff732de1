using UtmStudio.Features.Links.Composition;
using UtmStudio.Features.Links.Conventions;

namespace UtmStudio.Tests.Unit.Links.Conventions;

/// <summary>The fixable conventions (case, spaces, a list's spelling): changed, and each change says why.</summary>
public sealed class ConventionFixTests
{
    private static readonly UtmValues Typed = new("Google Ads", "cpc", "Spring Sale", Content: "Hero  Banner", Id: "SPRING 24");

    [Fact]
    public void Lowercase_changes_every_value_but_the_campaigns()
    {
        var outcome = ConventionEnforcer.Apply(Typed, new LinkConventions { Lowercase = true });

        Assert.Equal(Typed with { Source = "google ads", Content = "hero  banner" }, outcome.Values);
        Assert.Equal(
            [new ConventionChange("utm_source", "Google Ads", "google ads", "Your team writes UTM values in lowercase."),
             new ConventionChange("utm_content", "Hero  Banner", "hero  banner", "Your team writes UTM values in lowercase.")],
            outcome.Changes);
        Assert.True(outcome.IsValid);
    }

    [Theory]
    [InlineData(SpaceReplacement.Underscore, "Google_Ads", "Hero_Banner", "Spaces become _ in your team's links.")]
    [InlineData(SpaceReplacement.Hyphen, "Google-Ads", "Hero-Banner", "Spaces become - in your team's links.")]
    [InlineData(SpaceReplacement.Remove, "GoogleAds", "HeroBanner", "Your team's links leave spaces out.")]
    public void Each_run_of_spaces_becomes_one_replacement(SpaceReplacement spaces, string source, string content, string why)
    {
        var outcome = ConventionEnforcer.Apply(Typed, new LinkConventions { Spaces = spaces });

        Assert.Equal(Typed with { Source = source, Content = content }, outcome.Values);
        Assert.Equal([("utm_source", why), ("utm_content", why)], outcome.Changes.Select(c => (c.Parameter, c.Why)));
    }

    [Fact]
    public void Keep_leaves_spaces_and_tabs_and_no_break_spaces_count_as_spaces_otherwise()
    {
        var values = new UtmValues("a\u00a0b", "x \t y", "c");

        Assert.Empty(ConventionEnforcer.Apply(values, new LinkConventions { Spaces = SpaceReplacement.Keep }).Changes);
        Assert.Equal(values with { Source = "a_b", Medium = "x_y" },
            ConventionEnforcer.Apply(values, new LinkConventions { Spaces = SpaceReplacement.Underscore }).Values);
    }

    [Fact]
    public void Two_fixes_to_one_value_are_chained_lowercase_first()
    {
        var outcome = ConventionEnforcer.Apply(new UtmValues("Paid Social", "cpc", "c"),
            new LinkConventions { Lowercase = true, Spaces = SpaceReplacement.Hyphen });

        Assert.Equal([("Paid Social", "paid social"), ("paid social", "paid-social")], outcome.Changes.Select(c => (c.From, c.To)));
        Assert.Equal("paid-social", outcome.Values.Source);
    }

    [Fact]
    public void Values_that_already_follow_the_conventions_report_no_changes()
    {
        var conventions = new LinkConventions { Lowercase = true, Spaces = SpaceReplacement.Underscore, Sources = AllowedValues.Closed("newsletter") };
        var values = new UtmValues("newsletter", "email", "Spring Sale", Content: "hero_banner", Id: "A B");

        var outcome = ConventionEnforcer.Apply(values, conventions);

        Assert.Empty(outcome.Changes);
        Assert.Equal(values, outcome.Values);
        Assert.Empty(ConventionEnforcer.Breaks(values, conventions));
    }

    [Fact]
    public void Trimming_is_silent_and_a_blank_optional_value_becomes_null()
    {
        var outcome = ConventionEnforcer.Apply(new UtmValues(" newsletter ", "email", "c", Term: "   "), LinkConventions.None);

        Assert.Equal(new UtmValues("newsletter", "email", "c"), outcome.Values);
        Assert.Empty(outcome.Changes);
    }

    [Fact]
    public void With_lowercase_off_a_listed_value_typed_in_another_case_takes_the_lists_spelling()
    {
        var conventions = new LinkConventions { Sources = AllowedValues.Suggested("Facebook", "LinkedIn"), Mediums = AllowedValues.Closed("Email") };

        var outcome = ConventionEnforcer.Apply(new UtmValues("facebook", "EMAIL", "c"), conventions);

        Assert.Equal(new UtmValues("Facebook", "Email", "c"), outcome.Values);
        Assert.Equal(["Your team writes this source as Facebook.", "Your team writes this medium as Email."], outcome.Changes.Select(c => c.Why));
        Assert.True(outcome.IsValid);
    }

    [Fact]
    public void Campaign_and_id_are_never_touched_nor_reported()
    {
        var conventions = new LinkConventions
        {
            Lowercase = true, Spaces = SpaceReplacement.Remove, ForbiddenCharacters = "#", MaxLength = 3,
        };
        var values = new UtmValues("abc", "abc", "  Spring Sale #1 ", Id: " ID 2024 # ");

        var outcome = ConventionEnforcer.Apply(values, conventions);

        Assert.Equal(values, outcome.Values);
        Assert.Empty(outcome.Changes);
        Assert.Empty(outcome.Problems);
    }
}
