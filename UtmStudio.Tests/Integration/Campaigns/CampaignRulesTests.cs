using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Campaigns.Targeting;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using static UtmStudio.Tests.Integration.Campaigns.CampaignArrange;

namespace UtmStudio.Tests.Integration.Campaigns;

/// <summary>Rule 6: who creates, edits, moves and deletes campaigns, what is unique in a domain, and what is recorded.</summary>
public sealed class CampaignRulesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private AppServices App => field ??= new(database);

    [Fact]
    public async Task A_team_member_creates_a_campaign_that_starts_active_with_its_utm_identity_and_targeting()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var targeting = TargetingCriteria.Empty with { Locations = ["DE", "FR"], Devices = ["mobile"] };

        var created = await App.Campaigns.CreateAsync(Person(domain.Tom), domain.Name,
            Draft() with { UtmId = "GA-2026-01", StartsOn = new DateOnly(2026, 3, 1), EndsOn = new DateOnly(2026, 3, 31), Targeting = targeting },
            AppServices.None);

        Assert.Equal((CampaignStatus.Active, "spring_sale", "GA-2026-01", domain.Tom), (created.Status, created.UtmCampaign, created.UtmId, created.CreatedBy));
        Assert.Equal(["DE", "FR"], created.Targeting.Locations);
        Assert.Equal(["mobile"], created.Targeting.Devices);
        Assert.True(created.CanDelete);
        await using var db = database.CreateOwnerContext();
        var stored = await db.Campaigns.SingleAsync(c => c.Id == created.Id);
        Assert.Equal(new DateOnly(2026, 3, 31), stored.EndsOn);
        Assert.Contains("\"locations\"", stored.TargetingCriteria, StringComparison.Ordinal);
        var entry = await db.AuditLog.SingleAsync(a => a.Action == "campaign.created" && a.ActorUserId == domain.Tom);
        Assert.Contains(created.Id.ToString(), entry.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SPRING SALE")]
    [InlineData("spring sale")]
    public async Task A_name_is_unique_in_its_domain_ignoring_case(string second)
    {
        var domain = await CampaignDomain.CreateAsync(App);
        await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft("Spring Sale"), AppServices.None);

        var problem = await Assert.ThrowsAsync<FieldRuleProblem>(() => App.Campaigns.CreateAsync(
            Person(domain.Tom), domain.Name, Draft(second) with { UtmCampaign = "other" }, AppServices.None));

        Assert.Equal((ErrorCodes.CampaignNameTaken, "name"), (problem.Code, problem.Field));
        Assert.Contains("already a campaign called Spring Sale", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_utm_campaign_and_a_utm_id_are_unique_in_their_domain_but_not_across_domains()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var other = await CampaignDomain.CreateAsync(App);
        await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft("Spring Sale") with { UtmId = "g1" }, AppServices.None);

        var utm = await Assert.ThrowsAsync<FieldRuleProblem>(() => App.Campaigns.CreateAsync(
            Person(domain.Tom), domain.Name, Draft("Spring Sale 2") with { UtmCampaign = "spring_sale" }, AppServices.None));
        var id = await Assert.ThrowsAsync<FieldRuleProblem>(() => App.Campaigns.CreateAsync(
            Person(domain.Tom), domain.Name, Draft("Spring Sale 3") with { UtmCampaign = "spring3", UtmId = "g1" }, AppServices.None));
        var elsewhere = await App.Campaigns.CreateAsync(Person(other.Ada), other.Name, Draft("Spring Sale") with { UtmId = "g1" }, AppServices.None);

        Assert.Equal((ErrorCodes.CampaignUtmCampaignTaken, "utmCampaign"), (utm.Code, utm.Field));
        Assert.Contains("the campaign Spring Sale", utm.Message, StringComparison.Ordinal);
        Assert.Equal((ErrorCodes.CampaignUtmIdTaken, "utmId"), (id.Code, id.Field));
        Assert.Equal("spring_sale", elsewhere.UtmCampaign);
    }

    [Fact]
    public async Task Two_creates_at_the_same_moment_with_one_name_leave_one_campaign_and_a_clear_refusal()
    {
        var domain = await CampaignDomain.CreateAsync(App);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                await App.Campaigns.CreateAsync(Person(domain.Tom), domain.Name, Draft("Race"), AppServices.None);
                return "created";
            }
            catch (FieldRuleProblem problem)
            {
                return problem.Code;
            }
        }));

        Assert.Single(results, r => r == "created");
        Assert.All(results.Where(r => r != "created"), r => Assert.True(r is ErrorCodes.CampaignNameTaken or ErrorCodes.CampaignUtmCampaignTaken, r));
    }

    [Fact]
    public async Task Any_member_edits_and_moves_any_campaign_and_each_change_is_recorded_with_what_changed()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var created = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft(), AppServices.None);

        var edited = await App.Campaigns.UpdateAsync(Person(domain.Tom), domain.Name, created.Id,
            created.ToDraft() with { Source = "google", Description = "Paid search push" }, created.Version, LinksOnUtmCampaignChange.Ask, AppServices.None);
        var moved = await App.Campaigns.ChangeStatusAsync(Person(domain.Tom), domain.Name, created.Id, CampaignStatus.Paused, edited.Version, AppServices.None);

        Assert.Equal(("google", "Paid search push", CampaignStatus.Paused), (moved.Source, moved.Description, moved.Status));
        var activity = await App.Campaigns.GetActivityAsync(Person(domain.Tom), domain.Name, created.Id, AppServices.None);
        Assert.Equal(["campaign.status_changed", "campaign.updated", "campaign.created"], activity.Select(a => a.Row.Action));
        Assert.Equal(("Moved the campaign Spring Sale to Paused", "Was Active"), (activity[0].Line.What, activity[0].Line.Details));
        Assert.Equal("Changed source, description", activity[1].Line.Details);
        Assert.All(activity.Take(2), a => Assert.Contains("tom@", a.Who, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saving_without_a_change_records_nothing()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var created = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name,
            Draft() with { Targeting = TargetingCriteria.Empty with { Languages = ["de"], AgeRange = new AgeRange(18, 30) } }, AppServices.None);

        var same = await App.Campaigns.UpdateAsync(Person(domain.Ada), domain.Name, created.Id, created.ToDraft(), created.Version,
            LinksOnUtmCampaignChange.Ask, AppServices.None);

        Assert.Equal(created.Version, same.Version);
        Assert.Single(await App.Campaigns.GetActivityAsync(Person(domain.Ada), domain.Name, created.Id, AppServices.None));
    }

    [Fact]
    public async Task The_second_of_two_edits_from_the_same_version_is_refused_with_the_campaign_as_it_is_now()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var opened = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft(), AppServices.None);

        await App.Campaigns.UpdateAsync(Person(domain.Ada), domain.Name, opened.Id, opened.ToDraft() with { Objective = "leads" }, opened.Version,
            LinksOnUtmCampaignChange.Ask, AppServices.None);
        var conflict = await Assert.ThrowsAsync<CampaignChangedProblem>(() => App.Campaigns.UpdateAsync(Person(domain.Tom), domain.Name, opened.Id,
            opened.ToDraft() with { Source = "bing" }, opened.Version, LinksOnUtmCampaignChange.Ask, AppServices.None));

        Assert.Equal(ErrorCodes.ConcurrencyConflict, conflict.Code);
        Assert.Equal(("leads", "newsletter"), (conflict.Current.Objective, conflict.Current.Source));
        // Overwriting deliberately: the same edit again, from the version the conflict showed.
        var overwritten = await App.Campaigns.UpdateAsync(Person(domain.Tom), domain.Name, opened.Id,
            opened.ToDraft() with { Source = "bing" }, conflict.Current.Version, LinksOnUtmCampaignChange.Ask, AppServices.None);
        Assert.Equal(("sales", "bing"), (overwritten.Objective, overwritten.Source));
    }

    [Fact]
    public async Task A_move_from_an_old_version_is_a_conflict_unless_the_campaign_is_already_there()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var opened = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft(), AppServices.None);
        await App.Campaigns.ChangeStatusAsync(Person(domain.Ada), domain.Name, opened.Id, CampaignStatus.Paused, opened.Version, AppServices.None);

        var same = await App.Campaigns.ChangeStatusAsync(Person(domain.Tom), domain.Name, opened.Id, CampaignStatus.Paused, opened.Version, AppServices.None);
        var conflict = await Assert.ThrowsAsync<CampaignChangedProblem>(() =>
            App.Campaigns.ChangeStatusAsync(Person(domain.Tom), domain.Name, opened.Id, CampaignStatus.Completed, opened.Version, AppServices.None));

        Assert.Equal(CampaignStatus.Paused, same.Status);
        Assert.Equal(CampaignStatus.Paused, conflict.Current.Status);
    }

    [Fact]
    public async Task A_team_member_deletes_their_own_campaign_but_not_someone_elses_and_a_manager_deletes_any()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var tomsOwn = await App.Campaigns.CreateAsync(Person(domain.Tom), domain.Name, Draft("Tom's"), AppServices.None);
        var adas = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft("Ada's"), AppServices.None);
        var tomsOther = await App.Campaigns.CreateAsync(Person(domain.Tom), domain.Name, Draft("Tom's other"), AppServices.None);

        var refused = await Assert.ThrowsAsync<ForbiddenProblem>(() => App.Campaigns.DeleteAsync(Person(domain.Tom), domain.Name, adas.Id, AppServices.None));
        await App.Campaigns.DeleteAsync(Person(domain.Tom), domain.Name, tomsOwn.Id, AppServices.None);
        await App.Campaigns.DeleteAsync(Person(domain.Ada), domain.Name, tomsOther.Id, AppServices.None);

        Assert.Contains("Only the person who created Ada's or a manager", refused.Message, StringComparison.Ordinal);
        Assert.False((await App.Campaigns.GetAsync(Person(domain.Tom), domain.Name, adas.Id, AppServices.None)).CanDelete);
        var board = await App.Board.GetAsync(Person(domain.Tom), domain.Name, CampaignBoardFilter.None, AppServices.None);
        Assert.Equal(["Ada's"], board.Columns.SelectMany(c => c.Cards).Select(c => c.Name));
    }

    [Fact]
    public async Task Deleting_says_how_many_links_go_with_the_campaign_removes_them_and_records_it()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var campaign = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft(), AppServices.None);
        await database.AddLinkAsync(campaign.Id, "spring_sale", "https://x.test/?utm_campaign=spring_sale");
        await database.AddLinkAsync(campaign.Id, "spring_sale", "https://x.test/a?utm_campaign=spring_sale");

        var impact = await App.Campaigns.GetDeletionImpactAsync(Person(domain.Ada), domain.Name, campaign.Id, AppServices.None);
        await App.Campaigns.DeleteAsync(Person(domain.Ada), domain.Name, campaign.Id, AppServices.None);

        Assert.Equal(new CampaignDeletionImpact("Spring Sale", 2), impact);
        await using var db = database.CreateOwnerContext();
        Assert.False(await db.Links.AnyAsync(l => l.CampaignId == campaign.Id));
        var entry = Assert.Single(await db.AuditLog.Where(a => a.Action == "campaign.deleted").ToListAsync(),
            a => a.Details.Contains(campaign.Id.ToString(), StringComparison.Ordinal));
        Assert.Contains("\"links\":2", entry.Details.Replace(" ", ""), StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotFoundProblem>(() => App.Campaigns.GetAsync(Person(domain.Ada), domain.Name, campaign.Id, AppServices.None));
    }

    [Fact]
    public async Task A_new_utm_campaign_for_a_campaign_with_links_asks_first_then_keeps_or_updates_the_links()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var campaign = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft(), AppServices.None);
        var linkId = await database.AddLinkAsync(campaign.Id, "spring_sale",
            "https://x.test/p?a=1&utm_source=newsletter&utm_campaign=spring_sale&b=%20#top");

        var asked = await ProblemAssert.RefusedAsync(ErrorCodes.CampaignUtmCampaignHasLinks, () => App.Campaigns.UpdateAsync(Person(domain.Tom),
            domain.Name, campaign.Id, campaign.ToDraft() with { UtmCampaign = "spring_2026" }, campaign.Version, LinksOnUtmCampaignChange.Ask, AppServices.None));
        var kept = await App.Campaigns.UpdateAsync(Person(domain.Tom), domain.Name, campaign.Id,
            campaign.ToDraft() with { UtmCampaign = "spring_2026" }, campaign.Version, LinksOnUtmCampaignChange.KeepOld, AppServices.None);
        var keptLink = await LinkAsync(linkId);
        var updated = await App.Campaigns.UpdateAsync(Person(domain.Tom), domain.Name, campaign.Id,
            kept.ToDraft() with { UtmCampaign = "spring_final" }, kept.Version, LinksOnUtmCampaignChange.Update, AppServices.None);
        var updatedLink = await LinkAsync(linkId);

        Assert.Contains("1 link of Spring Sale uses utm_campaign=spring_sale", asked.Message, StringComparison.Ordinal);
        Assert.Equal(("spring_sale", "https://x.test/p?a=1&utm_source=newsletter&utm_campaign=spring_sale&b=%20#top"), keptLink);
        Assert.Equal("spring_final", updated.UtmCampaign);
        Assert.Equal(("spring_final", "https://x.test/p?a=1&utm_source=newsletter&utm_campaign=spring_final&b=%20#top"), updatedLink);
        var activity = await App.Campaigns.GetActivityAsync(Person(domain.Tom), domain.Name, campaign.Id, AppServices.None);
        Assert.Equal("Was spring_2026; 1 link updated", activity.First(a => a.Row.Action == "campaign.utm_campaign_changed").Line.Details);
    }

    [Fact]
    public async Task An_inactive_domain_keeps_its_campaigns_readable_and_refuses_every_change()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var campaign = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, Draft(), AppServices.None);
        await database.SetInactiveAsync(domain.Name);
        var before = await database.SnapshotAsync(domain.Name);

        await ProblemAssert.RefusedAsync(ErrorCodes.DomainReadOnly, () => App.Campaigns.CreateAsync(Person(domain.Tom), domain.Name, Draft("New"), AppServices.None));
        await ProblemAssert.RefusedAsync(ErrorCodes.DomainReadOnly, () => App.Campaigns.UpdateAsync(Person(domain.Tom), domain.Name, campaign.Id,
            campaign.ToDraft() with { Source = "x" }, campaign.Version, LinksOnUtmCampaignChange.Ask, AppServices.None));
        await ProblemAssert.RefusedAsync(ErrorCodes.DomainReadOnly, () => App.Campaigns.ChangeStatusAsync(Person(domain.Tom), domain.Name, campaign.Id,
            CampaignStatus.Paused, campaign.Version, AppServices.None));
        await ProblemAssert.RefusedAsync(ErrorCodes.DomainReadOnly, () => App.Campaigns.DeleteAsync(Person(domain.Ada), domain.Name, campaign.Id, AppServices.None));

        Assert.Equal(before, await database.SnapshotAsync(domain.Name));
        var read = await App.Campaigns.GetAsync(Person(domain.Tom), domain.Name, campaign.Id, AppServices.None);
        Assert.True(read.IsReadOnly);
        Assert.False(read.CanDelete);
        Assert.True((await App.Board.GetAsync(Person(domain.Tom), domain.Name, CampaignBoardFilter.None, AppServices.None)).IsReadOnly);
    }

    private async Task<(string, string)> LinkAsync(Guid id)
    {
        await using var db = database.CreateOwnerContext();
        var link = await db.Links.AsNoTracking().SingleAsync(l => l.Id == id);
        return (link.UtmCampaign, link.FullUrl);
    }
}
