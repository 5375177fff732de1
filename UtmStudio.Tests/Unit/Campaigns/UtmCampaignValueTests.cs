using UtmStudio.Features.Campaigns;

namespace UtmStudio.Tests.Unit.Campaigns;

/// <summary>The utm_campaign a name suggests: one spelling for every link of the campaign.</summary>
public sealed class UtmCampaignValueTests
{
    [Theory]
    [InlineData("Spring Sale", "spring_sale")]
    [InlineData("  Spring   Sale  ", "spring_sale")]
    [InlineData("spring-sale", "spring-sale")]
    [InlineData("Été à Paris", "ete_a_paris")]
    [InlineData("Black Friday 50% off!", "black_friday_50_off")]
    [InlineData("Q4 / EMEA & APAC", "q4_emea_apac")]
    [InlineData("v1.2~beta", "v1.2~beta")]
    [InlineData("日本", "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void A_name_gives_a_lowercase_url_safe_value(string name, string expected) => Assert.Equal(expected, UtmCampaignValue.Derive(name));

    [Fact]
    public void A_long_name_gives_at_most_100_characters_without_a_trailing_underscore()
    {
        var derived = UtmCampaignValue.Derive(new string('a', 99) + " b");

        Assert.Equal(new string('a', 99), derived);
    }

    [Fact]
    public void A_derived_value_is_always_accepted_and_deriving_it_again_changes_nothing()
    {
        foreach (var name in new[] { "Spring Sale", "Été à Paris", "Q4 / EMEA & APAC", new string('x', 300) })
        {
            var derived = UtmCampaignValue.Derive(name);
            Assert.Null(UtmCampaignValue.Problem(derived, "utm_campaign"));
            Assert.Equal(derived, UtmCampaignValue.Derive(derived));
        }
    }
}
