using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Demo;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Demo;

/// <summary>./run.sh --demo: Ann's first sign-in sets up demo-co.test with campaigns across the board, their links and 90 days of clicks, once.</summary>
public sealed class DemoDataTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Anns_first_sign_in_sets_up_her_domain_with_campaigns_in_every_column_and_a_second_changes_nothing()
    {
        var app = new AppServices(database);
        var demo = new DemoData(app.Domains, app.Campaigns, app.Links, app.Services.GetRequiredService<ClickBatchWriter>(), app.Time, Options.Create(new DemoDataOptions { Enabled = true }),
            app.Services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DemoData>>());
        var ann = await app.SignInAsync(DemoData.ManagerEmail);

        await demo.EnsureAsync(ann, AppServices.None);
        var before = await database.SnapshotAsync(DemoData.DomainName);
        await demo.EnsureAsync(ann, AppServices.None);

        Assert.Equal(before, await database.SnapshotAsync(DemoData.DomainName));
        var board = await app.Board.GetAsync(Person(ann), DemoData.DomainName, CampaignBoardFilter.None, AppServices.None);
        Assert.Equal([5, 3, 3], board.Columns.Select(c => c.Count));
        Assert.Contains(board.Column(CampaignStatus.Active).Cards, c => c.Name == "Spring Sale 2027" && c.UtmCampaign == "spring_sale_2027");
        Assert.All(board.Columns.SelectMany(c => c.Cards), card => Assert.True(card.LinkCount >= 2, $"{card.Name} has {card.LinkCount} links"));
    }

    [Fact]
    public async Task The_demo_domain_is_verified_and_has_90_days_of_clicks_in_its_rollups_that_match_the_raw_clicks()
    {
        var app = new AppServices(database);
        var demo = new DemoData(app.Domains, app.Campaigns, app.Links, app.Services.GetRequiredService<ClickBatchWriter>(), app.Time,
            Options.Create(new DemoDataOptions { Enabled = true }), app.Services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DemoData>>());
        var ann = await app.SignInAsync("ann@" + DemoData.DomainName);

        await demo.EnsureAsync(ann, AppServices.None);

        var settings = await app.Domains.GetSettingsAsync(Person(ann), DemoData.DomainName, AppServices.None);
        Assert.True(settings.IsVerified); // its short links redirect
        await using var db = database.CreateOwnerContext();
        var raw = await db.Clicks.Where(c => c.DomainId == settings.Id).GroupBy(c => c.ClickedAt.Date).CountAsync();
        var clicks = await db.Clicks.LongCountAsync(c => c.DomainId == settings.Id);
        var rolled = await db.ClickSeries.Where(s => s.ScopeId == settings.Id).SumAsync(s => s.Clicks);
        Assert.InRange(raw, 85, 90);
        Assert.InRange(clicks, 5_000, 60_000);
        Assert.Equal(clicks, rolled);
        Assert.True(await db.Clicks.AnyAsync(c => c.DomainId == settings.Id && c.FromQr), "print links are scanned");
        Assert.True(await db.Clicks.AnyAsync(c => c.DomainId == settings.Id && c.IsBot), "a few bots");
    }

    [Fact]
    public void It_applies_only_to_anns_email_and_only_when_switched_on()
    {
        var app = new AppServices(database);
        DemoData With(bool enabled) => new(app.Domains, app.Campaigns, app.Links, app.Services.GetRequiredService<ClickBatchWriter>(), app.Time, Options.Create(new DemoDataOptions { Enabled = enabled }),
            app.Services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DemoData>>());

        Assert.True(With(true).AppliesTo("ANN@demo-co.test"));
        Assert.False(With(true).AppliesTo("bob@demo-co.test"));
        Assert.False(With(false).AppliesTo(DemoData.ManagerEmail));
    }
}
