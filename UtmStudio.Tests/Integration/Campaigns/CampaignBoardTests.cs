using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using static UtmStudio.Tests.Integration.Campaigns.CampaignArrange;

namespace UtmStudio.Tests.Integration.Campaigns;

/// <summary>The board: three columns with counts, filters done by the database, columns read a page at a time.</summary>
public sealed class CampaignBoardTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private AppServices App => field ??= new(database);

    [Fact]
    public async Task Each_column_holds_its_campaigns_newest_first_with_counts_creator_and_links()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var first = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft("First"), AppServices.None);
        var second = await App.Campaigns.CreateAsync(Person(domain.Tom), domain.Name, Draft("Second"), AppServices.None);
        var paused = await App.Campaigns.CreateAsync(Person(domain.Tom), domain.Name, Draft("Paused one"), AppServices.None);
        await App.Campaigns.ChangeStatusAsync(Person(domain.Tom), domain.Name, paused.Id, CampaignStatus.Paused, paused.Version, AppServices.None);
        await database.AddLinkAsync(first.Id, "first", "https://x.test/?utm_campaign=first");

        var board = await App.Board.GetAsync(Person(domain.Tom), domain.Name, CampaignBoardFilter.None, AppServices.None);

        Assert.Equal([CampaignStatus.Active, CampaignStatus.Paused, CampaignStatus.Completed], board.Columns.Select(c => c.Status));
        Assert.Equal([2, 1, 0], board.Columns.Select(c => c.Count));
        Assert.Equal(["Second", "First"], board.Column(CampaignStatus.Active).Cards.Select(c => c.Name));
        Assert.Equal(["Paused one"], board.Column(CampaignStatus.Paused).Cards.Select(c => c.Name));
        var card = board.Column(CampaignStatus.Active).Cards[1];
        Assert.Equal((1, "first", first.Id), (card.LinkCount, card.UtmCampaign, card.Id));
        Assert.StartsWith("Ada", card.CreatorName, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, board.TotalInDomain);
        Assert.Equal(second.Id, board.Column(CampaignStatus.Active).Cards[0].Id);
    }

    [Fact]
    public async Task Search_source_objective_creator_and_dates_narrow_the_board_in_the_database()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft("Spring Sale") with { Source = "google", Objective = "sales",
            StartsOn = new DateOnly(2026, 3, 1), EndsOn = new DateOnly(2026, 3, 31) }, AppServices.None);
        await App.Campaigns.CreateAsync(Person(domain.Tom), domain.Name, Draft("Summer launch") with { Source = "meta", Objective = "awareness",
            Description = "Sale of the century", StartsOn = new DateOnly(2026, 6, 1) }, AppServices.None);
        await App.Campaigns.CreateAsync(Person(domain.Tom), domain.Name, Draft("100% off_week") with { Source = "Google", Objective = "leads" }, AppServices.None);

        Assert.Equal(["Summer launch", "Spring Sale"], await NamesAsync(new(Search: "sale")));
        Assert.Equal(["100% off_week"], await NamesAsync(new(Search: "0% o")));
        Assert.Equal(["100% off_week", "Spring Sale"], await NamesAsync(new(Source: "GOOGLE")));
        Assert.Equal(["Summer launch"], await NamesAsync(new(Objective: "awareness")));
        Assert.Equal(["100% off_week", "Summer launch"], await NamesAsync(new(Creator: domain.Tom)));
        Assert.Equal(["100% off_week", "Spring Sale"], await NamesAsync(new(From: new DateOnly(2026, 3, 15), To: new DateOnly(2026, 4, 30))));
        Assert.Equal(["100% off_week", "Summer launch"], await NamesAsync(new(From: new DateOnly(2026, 7, 1))));
        Assert.Empty(await NamesAsync(new(Search: "sale", Creator: domain.Tom, Source: "google")));

        async Task<List<string>> NamesAsync(CampaignBoardFilter filter)
        {
            var board = await App.Board.GetAsync(Person(domain.Tom), domain.Name, filter, AppServices.None);
            Assert.Equal(3, board.TotalInDomain);
            Assert.Equal(board.Columns.Sum(c => c.Count), board.Columns.Sum(c => c.Cards.Count));
            return board.Columns.SelectMany(c => c.Cards).Select(c => c.Name).ToList();
        }
    }

    [Fact]
    public async Task A_long_column_is_read_a_page_at_a_time_and_every_campaign_comes_once_in_order()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var count = CampaignBoardService.PageSize + 7;
        await SeedAsync(domain, count);

        var board = await App.Board.GetAsync(Person(domain.Tom), domain.Name, CampaignBoardFilter.None, AppServices.None);
        var active = board.Column(CampaignStatus.Active);
        var more = await App.Board.GetMoreAsync(Person(domain.Tom), domain.Name, CampaignBoardFilter.None, CampaignStatus.Active, active.Next!, AppServices.None);

        Assert.Equal((count, CampaignBoardService.PageSize), (active.Count, active.Cards.Count));
        Assert.Equal(7, more.Cards.Count);
        Assert.Null(more.Next);
        var all = active.Cards.Concat(more.Cards).ToList();
        Assert.Equal(count, all.Select(c => c.Id).Distinct().Count());
        Assert.Equal(all.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Select(c => c.Id), all.Select(c => c.Id));
    }

    [Fact]
    public async Task Suggestions_offer_the_standard_objectives_then_the_domains_own_and_its_sources_by_use()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft("A") with { Source = "meta" }, AppServices.None);
        await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft("B") with { Source = "google", Objective = "brand lift" }, AppServices.None);
        await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft("C") with { Source = "google" }, AppServices.None);

        var suggestions = await App.Board.GetSuggestionsAsync(Person(domain.Tom), domain.Name, AppServices.None);

        Assert.Equal(["google", "meta"], suggestions.Sources);
        Assert.Equal([.. CampaignBoardService.StandardObjectives, "brand lift"], suggestions.Objectives);
        Assert.Equal(2, suggestions.Creators.Count);
    }

    /// <summary>Many campaigns at once, as the owner (the service's own path is tested above).</summary>
    private async Task SeedAsync(CampaignDomain domain, int count)
    {
        await using var db = database.CreateOwnerContext();
        var domainId = await db.Domains.Where(d => d.DomainName == domain.Name).Select(d => d.Id).SingleAsync();
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        for (var i = 0; i < count; i++)
        {
            // Every third pair shares a creation time: paging must not lose or repeat ties.
            db.Campaigns.Add(new Campaign
            {
                Name = $"Seeded {i}", Source = "s", Objective = "o", UtmCampaign = $"seeded_{i}", DomainId = domainId, CreatedBy = domain.Ada,
                CreatedAt = start.AddMinutes(i / 3),
            });
        }

        await db.SaveChangesAsync();
    }
}
