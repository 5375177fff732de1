using UtmStudio.Features.Links.Channels;

namespace UtmStudio.Tests.Unit.Links.Channels;

/// <summary>Google's source list as shipped in ga4-source-categories.csv, and what each category does to a link.</summary>
public sealed class Ga4SourceCategoryTests
{
    [Theory]
    [InlineData("google", Ga4Channel.PaidSearch, Ga4Channel.OrganicSearch)]
    [InlineData("bing", Ga4Channel.PaidSearch, Ga4Channel.OrganicSearch)]
    [InlineData("duckduckgo", Ga4Channel.PaidSearch, Ga4Channel.OrganicSearch)]
    public void A_search_site_is_paid_search_with_a_paid_medium_and_organic_search_without(string source, Ga4Channel paid, Ga4Channel organic) =>
        AssertChannels(source, paid, organic);

    [Theory]
    [InlineData("facebook", Ga4Channel.PaidSocial, Ga4Channel.OrganicSocial)]
    [InlineData("instagram", Ga4Channel.PaidSocial, Ga4Channel.OrganicSocial)]
    [InlineData("linkedin", Ga4Channel.PaidSocial, Ga4Channel.OrganicSocial)]
    [InlineData("t.co", Ga4Channel.PaidSocial, Ga4Channel.OrganicSocial)]
    [InlineData("twitter", Ga4Channel.PaidSocial, Ga4Channel.OrganicSocial)]
    [InlineData("x", Ga4Channel.PaidOther, Ga4Channel.Referral)]
    [InlineData("x.com", Ga4Channel.PaidOther, Ga4Channel.Referral)]
    [InlineData("meta", Ga4Channel.PaidOther, Ga4Channel.Referral)]
    public void A_social_site_is_paid_social_with_a_paid_medium_and_organic_social_without(string source, Ga4Channel paid, Ga4Channel organic) =>
        AssertChannels(source, paid, organic);

    [Theory]
    [InlineData("youtube", Ga4Channel.PaidVideo, Ga4Channel.OrganicVideo)]
    [InlineData("vimeo.com", Ga4Channel.PaidVideo, Ga4Channel.OrganicVideo)]
    public void A_video_site_is_paid_video_with_a_paid_medium_and_organic_video_without(string source, Ga4Channel paid, Ga4Channel organic) =>
        AssertChannels(source, paid, organic);

    [Theory]
    [InlineData("amazon", Ga4Channel.PaidShopping, Ga4Channel.OrganicShopping)]
    [InlineData("Google Shopping", Ga4Channel.PaidShopping, Ga4Channel.OrganicShopping)]
    public void A_shopping_site_is_paid_shopping_with_a_paid_medium_and_organic_shopping_without(string source, Ga4Channel paid, Ga4Channel organic) =>
        AssertChannels(source, paid, organic);

    [Fact]
    public void Every_source_on_the_list_lands_in_its_categorys_paid_and_organic_channel()
    {
        var wrong = Ga4SourceCategories.Sources
            .Where(entry => Channel(entry.Key, "cpc") != Ga4SourceCategoryText.Paid(entry.Value)
                || Channel(entry.Key, "referral") != Ga4SourceCategoryText.Organic(entry.Value))
            .Select(entry => entry.Key);

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_list_has_Googles_819_sources_in_four_categories()
    {
        var counts = Ga4SourceCategories.Sources.GroupBy(entry => entry.Value).ToDictionary(group => group.Key, group => group.Count());

        Assert.Equal(819, Ga4SourceCategories.Sources.Count);
        Assert.Equal(592, counts[Ga4SourceCategory.Social]);
        Assert.Equal(129, counts[Ga4SourceCategory.Search]);
        Assert.Equal(52, counts[Ga4SourceCategory.Shopping]);
        Assert.Equal(46, counts[Ga4SourceCategory.Video]);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("x.com")]
    [InlineData("meta")]
    [InlineData("threads")]
    public void Names_google_does_not_list_are_not_on_it(string source) =>
        Assert.Null(Ga4SourceCategories.Of(source));

    [Fact]
    public void The_well_known_names_the_preview_suggests_instead_are_not_on_googles_list_either()
    {
        Assert.DoesNotContain(SourceAliases.Names, name => Ga4SourceCategories.Of(name) is not null);
    }

    [Fact]
    public void Lookups_ignore_case()
    {
        Assert.Equal(Ga4SourceCategory.Social, Ga4SourceCategories.Of("FaceBook"));
        Assert.Equal(Ga4SourceCategory.Shopping, Ga4SourceCategories.Of("google shopping"));
        Assert.Equal(Ga4SourceCategory.Shopping, Ga4SourceCategories.Of("igshopping"));
    }

    [Fact]
    public void The_file_names_its_source_and_the_day_it_was_taken_on_its_first_line()
    {
        using var stream = typeof(Ga4ChannelClassifier).Assembly.GetManifestResourceStream(Ga4SourceCategories.ResourceName)!;
        using var reader = new StreamReader(stream);

        var first = reader.ReadLine()!;

        Assert.StartsWith("#", first, StringComparison.Ordinal);
        Assert.Contains("https://support.google.com/analytics/answer/9756891", first, StringComparison.Ordinal);
        Assert.Matches(@"taken \d{4}-\d{2}-\d{2}", first);
        Assert.Equal("source,category", reader.ReadLine());
    }

    [Fact]
    public void A_line_with_an_unknown_category_is_refused_rather_than_skipped()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            Ga4SourceCategories.Parse(new StringReader("source,category\nacme,SOURCE_CATEGORY_EMAIL\n")));

        Assert.Contains("acme,SOURCE_CATEGORY_EMAIL", error.Message, StringComparison.Ordinal);
    }

    private static Ga4Channel Channel(string source, string medium) => Ga4ChannelClassifier.Preview(source, medium).Channel;

    private static void AssertChannels(string source, Ga4Channel paid, Ga4Channel organic)
    {
        Assert.Equal(paid, Channel(source, "cpc"));
        Assert.Equal(organic, Channel(source, "referral"));
    }
}
