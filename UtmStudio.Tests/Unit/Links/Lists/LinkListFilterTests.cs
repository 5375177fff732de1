using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Channels;
using UtmStudio.Features.Links.Composition;
using UtmStudio.Features.Links.Lists;

namespace UtmStudio.Tests.Unit.Links.Lists;

/// <summary>The list's filter in the address, and how a row reads.</summary>
public sealed class LinkListFilterTests
{
    private static readonly Guid Campaign = Guid.Parse("0b7a4a8e-4a53-4c1e-9d0e-6f1b2c3d4e5f");

    [Fact]
    public void Every_part_goes_into_the_address_in_a_fixed_order_and_comes_back_the_same()
    {
        var filter = new LinkListFilter("spring & co", Campaign, "google", "cpc", "hero banner", "shoes+socks", Ga4Channel.PaidSocial,
            Campaign, "q2", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

        var query = filter.ToQuery();

        Assert.Equal($"?q=spring%20%26%20co&campaign={Campaign}&source=google&medium=cpc&content=hero%20banner&term=shoes%2Bsocks"
            + $"&channel=paid_social&creator={Campaign}&tag=q2&from=2026-03-01&to=2026-03-31", query);
        Assert.Equal(filter, LinkListFilter.FromQuery(query));
        Assert.Equal("", LinkListFilter.None.ToQuery());
        Assert.True(LinkListFilter.FromQuery("").IsEmpty);
    }

    [Theory]
    [InlineData("?campaign=nope&creator=12&from=2026-13-01&to=1.3.2026&channel=7&q=%20%20")]
    [InlineData("?channel=paid%20social&source=&medium=%20")]
    public void Parts_that_cannot_be_read_are_left_out_never_an_error(string query)
    {
        Assert.Equal(LinkListFilter.None, LinkListFilter.FromQuery(query));
    }

    [Fact]
    public void Values_are_trimmed_and_the_query_parameters_name_every_key_so_unset_ones_leave_the_address()
    {
        var filter = LinkListFilter.FromQuery("?source=%20Google%20&channel=PaidSearch&utm=kept");

        Assert.Equal(new LinkListFilter(Source: "Google", Channel: Ga4Channel.PaidSearch), filter);
        var parameters = filter.ToQueryParameters();
        Assert.Equal(["q", "campaign", "source", "medium", "content", "term", "channel", "creator", "tag", "from", "to"], parameters.Keys);
        Assert.Equal(("Google", "paid_search", null), (parameters["source"], parameters["channel"], parameters["q"]));
    }

    [Theory]
    [InlineData("https://acme.test/", "acme.test")]
    [InlineData("https://shop.acme.test/spring?ref=nav#offer", "shop.acme.test/spring?ref=nav#offer")]
    [InlineData("http://acme.test/a/", "acme.test/a/")]
    [InlineData("HTTPS://acme.test", "acme.test")]
    public void A_rows_page_line_is_the_landing_page_without_its_scheme(string landing, string shown)
    {
        Assert.Equal(shown, LinkRowText.Page(landing));
    }

    [Fact]
    public void A_row_is_titled_by_its_label_or_source_and_medium_and_lists_its_values_as_typed()
    {
        var link = Link(new UtmValues("newsletter", "email", "spring_sale", Content: "hero banner", Id: "GA-7", SourcePlatform: "Mailchimp"));

        Assert.Equal("newsletter / email", LinkRowText.Title(link));
        Assert.Equal("Spring mail", LinkRowText.Title(link with { Label = "Spring mail" }));
        Assert.Equal([("source", "newsletter"), ("medium", "email"), ("campaign", "spring_sale"), ("content", "hero banner"), ("id", "GA-7"),
            ("source platform", "Mailchimp")], LinkRowText.Values(link, withCampaign: true));
        Assert.Equal([("source", "newsletter"), ("medium", "email"), ("content", "hero banner"), ("source platform", "Mailchimp")],
            LinkRowText.Values(link, withCampaign: false));
    }

    private static LinkDetails Link(UtmValues values) => new(
        Guid.NewGuid(), Campaign, "Spring Sale", "https://acme.test/", values, "https://acme.test/?utm_source=newsletter", "abcdefgh", null, [],
        Ga4Channel.Email, Guid.NewGuid(), "Ada", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1, false, false);
}
