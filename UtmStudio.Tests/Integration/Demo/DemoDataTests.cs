using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Demo;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Demo;

/// <summary>./run.sh --demo: Ann's first sign-in sets up demo-co.test with campaigns across the board and their links, once.</summary>
public sealed class DemoDataTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Anns_first_sign_in_sets_up_her_domain_with_campaigns_in_every_column_and_a_second_changes_nothing()
    {
        var app = new AppServices(database);
        var demo = new DemoData(app.Domains, app.Campaigns, app.Links, Options.Create(new DemoDataOptions { Enabled = true }),
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
    public void It_applies_only_to_anns_email_and_only_when_switched_on()
    {
        var app = new AppServices(database);
        DemoData With(bool enabled) => new(app.Domains, app.Campaigns, app.Links, Options.Create(new DemoDataOptions { Enabled = enabled }),
            app.Services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DemoData>>());

        Assert.True(With(true).AppliesTo("ANN@demo-co.test"));
        Assert.False(With(true).AppliesTo("bob@demo-co.test"));
        Assert.False(With(false).AppliesTo(DemoData.ManagerEmail));
    }
}
