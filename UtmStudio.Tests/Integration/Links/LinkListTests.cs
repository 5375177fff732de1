using System.Globalization;
using CsvHelper;
using UtmStudio.Features.Links.Channels;
using UtmStudio.Features.Links.Lists;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Links;

/// <summary>The link lists of a domain and of a campaign: paging, every filter, the filters' values, the CSV export.</summary>
public sealed class LinkListTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private AppServices App => field ??= new(database);

    [Fact]
    public async Task Pages_are_newest_first_and_the_total_counts_every_link_the_filter_matches()
    {
        var list = await LinkListDomain.CreateAsync(App, database);

        var first = await PageAsync(list, LinkListFilter.None, page: 0, size: 3);
        var second = await PageAsync(list, LinkListFilter.None, page: 1, size: 3);
        var beyond = await PageAsync(list, LinkListFilter.None, page: 5, size: 3);

        Assert.Equal(list.NewestFirst, first.Rows.Concat(second.Rows).Select(r => r.Id));
        Assert.Equal((3, 4, 4), (first.Rows.Count, first.Total, first.InScope));
        Assert.Equal((4, 4), (second.Total, beyond.Total));
        Assert.Empty(beyond.Rows);
        var mail = Assert.Single(second.Rows);
        Assert.Equal(("Spring mail", "Spring Sale", Ga4Channel.Email, false), (mail.Label, mail.CampaignName, mail.Channel, mail.IsReadOnly));
        Assert.Equal(["q2", "promo"], mail.Tags);
    }

    [Theory]
    [InlineData(-1, 25)]
    [InlineData(0, 0)]
    [InlineData(0, 101)]
    [InlineData(int.MaxValue, 100)]
    public async Task A_page_out_of_range_is_refused(int page, int size)
    {
        var domain = await LinkDomain.CreateAsync(App);

        await Assert.ThrowsAsync<ValidationProblem>(() =>
            App.LinkLists.GetPageAsync(Person(domain.Tom), domain.Name, null, LinkListFilter.None, page, size, AppServices.None));
    }

    [Fact]
    public async Task The_search_looks_in_the_url_the_label_and_the_values_as_typed_ignoring_case()
    {
        var list = await LinkListDomain.CreateAsync(App, database);

        Assert.Equal([list.Mail.Id], await IdsAsync(list, new LinkListFilter(Search: "SPRING MAIL")));
        Assert.Equal([list.Mail.Id], await IdsAsync(list, new LinkListFilter(Search: "hero banner")));
        Assert.Equal([list.Mail.Id], await IdsAsync(list, new LinkListFilter(Search: "hero%20")));
        Assert.Equal([list.Search.Id], await IdsAsync(list, new LinkListFilter(Search: "utm_term=running")));
        Assert.Equal([list.Carousel.Id], await IdsAsync(list, new LinkListFilter(Search: "/carousel?")));
        Assert.Empty(await IdsAsync(list, new LinkListFilter(Search: "hero_banner"))); // _ is not a wildcard
    }

    [Fact]
    public async Task Each_utm_value_filter_is_the_exact_value_ignoring_case()
    {
        var list = await LinkListDomain.CreateAsync(App, database);

        Assert.Equal([list.Carousel.Id], await IdsAsync(list, new LinkListFilter(Source: "FACEBOOK")));
        Assert.Empty(await IdsAsync(list, new LinkListFilter(Source: "face")));
        Assert.Equal([list.Search.Id], await IdsAsync(list, new LinkListFilter(Medium: "CPC")));
        Assert.Equal([list.Mail.Id], await IdsAsync(list, new LinkListFilter(Content: "Hero Banner")));
        Assert.Equal([list.Carousel.Id], await IdsAsync(list, new LinkListFilter(Content: "carousel_a")));
        Assert.Empty(await IdsAsync(list, new LinkListFilter(Content: "carouselXa")));
        Assert.Empty(await IdsAsync(list, new LinkListFilter(Content: "carousel%")));
        Assert.Equal([list.Search.Id], await IdsAsync(list, new LinkListFilter(Term: "Running Shoes")));
        Assert.Empty(await IdsAsync(list, new LinkListFilter(Term: "running")));
        Assert.Equal([list.Carousel.Id], await IdsAsync(list, new LinkListFilter(Source: "facebook", Medium: "paid_social")));
        Assert.Empty(await IdsAsync(list, new LinkListFilter(Source: "facebook", Medium: "email")));
    }

    [Fact]
    public async Task The_channel_creator_and_tag_filters_keep_their_links()
    {
        var list = await LinkListDomain.CreateAsync(App, database);

        Assert.Equal([list.Search.Id], await IdsAsync(list, new LinkListFilter(Channel: Ga4Channel.PaidSearch)));
        Assert.Equal([list.Carousel.Id], await IdsAsync(list, new LinkListFilter(Channel: Ga4Channel.PaidSocial)));
        Assert.Empty(await IdsAsync(list, new LinkListFilter(Channel: Ga4Channel.Sms)));
        Assert.Equal([list.Carousel.Id, list.Mail.Id], await IdsAsync(list, new LinkListFilter(Creator: list.Domain.Tom)));
        Assert.Empty(await IdsAsync(list, new LinkListFilter(Creator: Guid.NewGuid())));
        Assert.Equal([list.Search.Id, list.Mail.Id], await IdsAsync(list, new LinkListFilter(Tag: " Q2 ")));
        Assert.Equal([list.Formula.Id], await IdsAsync(list, new LinkListFilter(Tag: "+1")));
        Assert.Empty(await IdsAsync(list, new LinkListFilter(Tag: "q")));
    }

    [Fact]
    public async Task From_and_to_are_utc_days_of_creation_both_included()
    {
        var list = await LinkListDomain.CreateAsync(App, database);

        Assert.Equal([list.Carousel.Id, list.Search.Id], await IdsAsync(list, new LinkListFilter(From: Day(2), To: Day(3))));
        Assert.Equal([list.Formula.Id], await IdsAsync(list, new LinkListFilter(From: Day(4))));
        Assert.Equal([list.Mail.Id], await IdsAsync(list, new LinkListFilter(To: Day(1))));
        Assert.Empty(await IdsAsync(list, new LinkListFilter(From: Day(3), To: Day(2))));
        Assert.Equal(list.NewestFirst, await IdsAsync(list, new LinkListFilter(From: DateOnly.MinValue, To: DateOnly.MaxValue)));
    }

    [Fact]
    public async Task A_campaign_is_a_filter_of_the_domains_list_and_the_scope_of_its_own()
    {
        var list = await LinkListDomain.CreateAsync(App, database);
        var spring = list.Domain.CampaignId;

        Assert.Equal([list.Formula.Id], await IdsAsync(list, new LinkListFilter(Campaign: list.AutumnId)));
        var campaignList = await PageAsync(list, LinkListFilter.None, scope: spring);
        var narrowed = await PageAsync(list, new LinkListFilter(Source: "google"), scope: spring);
        var none = await PageAsync(list, new LinkListFilter(Source: "linkedin"), scope: spring);
        var addressSaysOther = await PageAsync(list, new LinkListFilter(Campaign: list.AutumnId), scope: spring);
        var domainFiltered = await PageAsync(list, new LinkListFilter(Campaign: list.AutumnId));

        Assert.Equal([list.Carousel.Id, list.Search.Id, list.Mail.Id], campaignList.Rows.Select(r => r.Id));
        Assert.Equal((3, 3), (campaignList.Total, campaignList.InScope));
        Assert.Equal((1, 3), (narrowed.Total, narrowed.InScope));
        Assert.Equal((0, 3), (none.Total, none.InScope));
        Assert.Equal(3, addressSaysOther.Total); // a campaign's list is that campaign's links
        Assert.Equal((1, 4), (domainFiltered.Total, domainFiltered.InScope));
    }

    [Fact]
    public async Task An_empty_domain_or_campaign_has_nothing_in_scope()
    {
        var domain = await LinkDomain.CreateAsync(App);

        var page = await App.LinkLists.GetPageAsync(Person(domain.Tom), domain.Name, domain.CampaignId, LinkListFilter.None, 0, 25, AppServices.None);
        var facets = await App.LinkLists.GetFacetsAsync(Person(domain.Tom), domain.Name, null, AppServices.None);

        Assert.Equal((0, 0), (page.Total, page.InScope));
        Assert.True(facets.IsEmpty);
        Assert.Equal((domain.Name, false, "Spring Sale"), (facets.DomainName, facets.IsReadOnly, Assert.Single(facets.Campaigns).Name));
    }

    [Fact]
    public async Task The_facets_offer_the_scopes_own_values_creators_and_the_domains_campaigns()
    {
        var list = await LinkListDomain.CreateAsync(App, database);

        var domain = await App.LinkLists.GetFacetsAsync(Person(list.Domain.Tom), list.Name, null, AppServices.None);
        var autumn = await App.LinkLists.GetFacetsAsync(Person(list.Domain.Tom), list.Name, list.AutumnId, AppServices.None);

        Assert.Equal(["Facebook", "google", "linkedin", "newsletter"], Sorted(domain.Sources));
        Assert.Equal(["cpc", "email", "paid_social", "social"], Sorted(domain.Mediums));
        Assert.Equal(["Carousel_A", "hero banner"], Sorted(domain.Contents));
        Assert.Equal(["running shoes"], domain.Terms);
        Assert.Equal(["+1", "promo", "q2"], Sorted(domain.Tags));
        Assert.Equal(new[] { list.Domain.Ada, list.Domain.Tom }.Order(), domain.Creators.Select(c => c.UserId).Order());
        Assert.All(domain.Creators, c => Assert.Contains("@", c.Name, StringComparison.Ordinal));
        Assert.Equal(["Autumn", "Spring Sale"], Sorted(domain.Campaigns.Select(c => c.Name)));
        Assert.Equal(["linkedin"], autumn.Sources);
        Assert.Equal(["social"], autumn.Mediums);
        Assert.Equal(["+1"], autumn.Tags);
        Assert.Equal([list.Domain.Ada], autumn.Creators.Select(c => c.UserId));
        Assert.Empty(autumn.Contents);
    }

    [Fact]
    public async Task The_export_is_a_header_and_exactly_the_links_the_filter_shows_newest_first()
    {
        var list = await LinkListDomain.CreateAsync(App, database);

        var rows = await ExportAsync(list, new LinkListFilter(Creator: list.Domain.Tom));
        var all = await ExportAsync(list, LinkListFilter.None);
        var nothing = await ExportAsync(list, new LinkListFilter(Source: "nobody"));

        Assert.Equal([list.Carousel.FullUrl, list.Mail.FullUrl], rows.Select(r => r["full_url"]));
        var mail = rows[1];
        Assert.Equal("Spring Sale", mail["campaign"]);
        Assert.Equal(list.Mail.LandingUrl, mail["landing_url"]);
        Assert.Equal(("newsletter", "email", "spring_sale", "hero banner", ""), (mail["utm_source"], mail["utm_medium"], mail["utm_campaign"], mail["utm_content"], mail["utm_term"]));
        Assert.Equal(("Email", list.Mail.ShortCode, "Spring mail", "q2,promo"), (mail["ga4_channel"], mail["short_code"], mail["label"], mail["tags"]));
        Assert.Equal(("2026-03-01 10:00:00", list.Mail.CreatorName), (mail["created_at"], mail["created_by"]));
        Assert.Equal(list.NewestFirst.Count, all.Count);
        Assert.Empty(nothing);
    }

    [Fact]
    public async Task A_value_a_spreadsheet_would_run_as_a_formula_is_written_with_a_leading_quote()
    {
        var list = await LinkListDomain.CreateAsync(App, database);

        var formula = Assert.Single(await ExportAsync(list, new LinkListFilter(Source: "linkedin")));

        Assert.Equal("'" + LinkListDomain.FormulaLabel, formula["label"]);
        Assert.Equal("'+1", formula["tags"]);
        Assert.Equal(list.Formula.FullUrl, formula["full_url"]);
    }

    [Fact]
    public async Task A_stranger_gets_not_found_and_a_read_only_domains_list_says_so()
    {
        var list = await LinkListDomain.CreateAsync(App, database);
        var stranger = Person(await App.SignInAsync(Unique.Email("stranger")));
        await database.SetInactiveAsync(list.Name);

        await Assert.ThrowsAsync<NotFoundProblem>(() => App.LinkLists.GetPageAsync(stranger, list.Name, null, LinkListFilter.None, 0, 25, AppServices.None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => App.LinkLists.OpenExportAsync(stranger, list.Name, LinkListFilter.None, AppServices.None));
        var page = await PageAsync(list, LinkListFilter.None);
        var facets = await App.LinkLists.GetFacetsAsync(Person(list.Domain.Tom), list.Name, null, AppServices.None);

        Assert.True(page.IsReadOnly);
        Assert.All(page.Rows, r => Assert.False(r.CanDelete));
        Assert.True(facets.IsReadOnly);
    }

    private Task<LinkListPage> PageAsync(LinkListDomain list, LinkListFilter filter, int page = 0, int size = 25, Guid? scope = null) =>
        App.LinkLists.GetPageAsync(Person(list.Domain.Tom), list.Name, scope, filter, page, size, AppServices.None);

    private async Task<IReadOnlyList<Guid>> IdsAsync(LinkListDomain list, LinkListFilter filter) =>
        (await PageAsync(list, filter, size: LinkListService.MaxPageSize)).Rows.Select(r => r.Id).ToList();

    /// <summary>The export as a spreadsheet reads it: CsvHelper, header first, one dictionary per row.</summary>
    private async Task<List<Dictionary<string, string>>> ExportAsync(LinkListDomain list, LinkListFilter filter)
    {
        await using var export = await App.LinkLists.OpenExportAsync(Person(list.Domain.Tom), list.Name, filter, AppServices.None);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await export.WriteAsync(text, AppServices.None);
        return LinkCsvReading.Read(text.ToString());
    }

    private static DateOnly Day(int day) => new(2026, 3, day);

    private static IEnumerable<string> Sorted(IEnumerable<string> values) => values.Order(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Reads an export back: the header must be the export's columns in order.</summary>
internal static class LinkCsvReading
{
    public static readonly string[] Header =
    [
        "full_url", "campaign", "landing_url", "utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "utm_id",
        "utm_source_platform", "utm_creative_format", "utm_marketing_tactic", "ga4_channel", "short_code", "label", "tags",
        "created_by", "created_at",
    ];

    public static List<Dictionary<string, string>> Read(string csvText)
    {
        using var csv = new CsvReader(new StringReader(csvText), CultureInfo.InvariantCulture);
        Assert.True(csv.Read());
        csv.ReadHeader();
        Assert.Equal(Header, csv.HeaderRecord);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(Header.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        }

        return rows;
    }
}
