using System.Globalization;
using UtmStudio.Features.Links.Lists;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Tenancy;

namespace UtmStudio.Tests.Integration.Links;

/// <summary>Domain B's manager and domain A's links: A's lists and export are "not found"; A's ids used from B's own
/// domain match nothing.</summary>
public sealed class LinkListTenancyTests(TwoTenants world) : IClassFixture<TwoTenants>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private Caller B => Person(world.BManager);

    [Fact]
    public async Task B_gets_not_found_for_As_lists_facets_and_export()
    {
        var lists = world.App.LinkLists;

        await Assert.ThrowsAsync<NotFoundProblem>(() => lists.GetPageAsync(B, world.A, null, LinkListFilter.None, 0, 25, None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => lists.GetPageAsync(B, world.A, world.ACampaignId, LinkListFilter.None, 0, 25, None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => lists.GetFacetsAsync(B, world.A, null, None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => lists.GetFacetsAsync(B, world.A, world.ACampaignId, None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => lists.OpenExportAsync(B, world.A, LinkListFilter.None, None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => lists.OpenExportAsync(B, world.A, new LinkListFilter(Campaign: world.ACampaignId), None));
    }

    [Fact]
    public async Task As_campaign_id_from_Bs_own_domain_matches_nothing()
    {
        var lists = world.App.LinkLists;
        var aCampaign = new LinkListFilter(Campaign: world.ACampaignId);

        var filtered = await lists.GetPageAsync(B, world.B, null, aCampaign, 0, 25, None);
        var scoped = await lists.GetPageAsync(B, world.B, world.ACampaignId, LinkListFilter.None, 0, 25, None);
        var facets = await lists.GetFacetsAsync(B, world.B, world.ACampaignId, None);
        await using var export = await lists.OpenExportAsync(B, world.B, aCampaign, None);
        await using var csv = new StringWriter(CultureInfo.InvariantCulture);
        await export.WriteAsync(csv, None);

        Assert.Equal((0, 1), (filtered.Total, filtered.InScope));
        Assert.Empty(filtered.Rows);
        Assert.Equal((0, 0), (scoped.Total, scoped.InScope));
        Assert.True(facets.IsEmpty);
        Assert.Empty(facets.Creators);
        Assert.Empty(LinkCsvReading.Read(csv.ToString()));
    }

    [Fact]
    public async Task Bs_own_list_and_search_never_show_As_link_with_the_same_url()
    {
        var lists = world.App.LinkLists;

        var own = await lists.GetPageAsync(B, world.B, null, new LinkListFilter(Search: "example.test"), 0, 100, None);

        var row = Assert.Single(own.Rows);
        Assert.NotEqual(world.ALinkId, row.Id);
        Assert.Equal(world.BCampaignId, row.CampaignId);
        Assert.Equal(world.ASnapshot, await world.Database.SnapshotAsync(world.A));
    }
}
