using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Channels;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Links;

/// <summary>Rule 7: members build links under a campaign; the same URL twice is one link; who edits and deletes.</summary>
public sealed class LinkRulesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private AppServices App => field ??= new(database);

    [Fact]
    public async Task A_team_member_builds_a_link_with_the_campaigns_utm_identity_a_random_short_code_and_its_channel()
    {
        var domain = await LinkDomain.CreateAsync(App);

        var saved = await App.Links.CreateAsync(Person(domain.Tom), domain.Name,
            domain.Draft("spring?ref=nav#offer") with { Content = "hero banner", Tags = ["Q2", "q2 ", "promo"] }, AppServices.None);

        Assert.False(saved.IsDuplicate);
        var link = saved.Link;
        Assert.Equal($"https://{domain.Name}/spring?ref=nav&utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale&utm_content=hero%20banner#offer", link.FullUrl);
        Assert.Equal(($"https://{domain.Name}/spring?ref=nav#offer", "spring_sale", Ga4Channel.Email), (link.LandingUrl, link.Values.Campaign, link.Channel));
        Assert.Equal(["q2", "promo"], link.Tags);
        Assert.Matches("^[A-Za-z0-9]{8}$", link.ShortCode);
        Assert.Equal(("Spring Sale", domain.Tom, true), (link.CampaignName, link.CreatedBy, link.CanDelete));
        var activity = await App.Campaigns.GetActivityAsync(Person(domain.Tom), domain.Name, domain.CampaignId, AppServices.None);
        Assert.Contains(activity, a => a.Row.Action == "link.created" && a.Line.Details == link.FullUrl);
    }

    [Fact]
    public async Task The_campaigns_utm_id_goes_into_every_link_and_short_codes_differ()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var withId = await App.Campaigns.CreateAsync(Person(domain.Ada), domain.Name, CampaignArrange.Draft("Autumn") with { UtmId = "GA-7" }, AppServices.None);

        var first = await App.Links.CreateAsync(Person(domain.Ada), domain.Name, domain.Draft() with { CampaignId = withId.Id }, AppServices.None);
        var second = await App.Links.CreateAsync(Person(domain.Ada), domain.Name, domain.Draft("other") with { CampaignId = withId.Id }, AppServices.None);

        Assert.EndsWith("utm_campaign=autumn&utm_id=GA-7", first.Link.FullUrl, StringComparison.Ordinal);
        Assert.NotEqual(first.Link.ShortCode, second.Link.ShortCode);
    }

    [Fact]
    public async Task The_same_link_twice_is_shown_as_the_existing_one_not_saved_again()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var first = await App.Links.CreateAsync(Person(domain.Ada), domain.Name, domain.Draft(), AppServices.None);

        // Typed differently, the same link: spaces around values, the utm_* the pasted page already had.
        var again = await App.Links.CreateAsync(Person(domain.Tom), domain.Name,
            domain.Draft("spring?utm_source=old") with { Source = " newsletter ", Medium = "email " }, AppServices.None);

        Assert.True(again.IsDuplicate);
        Assert.Equal((first.Link.Id, "Spring Sale", domain.Ada), (again.Link.Id, again.Link.CampaignName, again.Link.CreatedBy));
        await using var db = database.CreateOwnerContext();
        Assert.Equal(1, await db.Links.CountAsync(l => l.FullUrl == first.Link.FullUrl));
        var created = await db.AuditLog.Where(a => a.Action == "link.created").Select(a => a.Details).ToListAsync();
        Assert.Single(created, d => d.Contains(first.Link.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Four_saves_of_one_link_at_the_same_moment_leave_one_row_and_say_duplicate_to_the_others()
    {
        var domain = await LinkDomain.CreateAsync(App);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("race"), AppServices.None)));

        Assert.Single(results, r => !r.IsDuplicate);
        Assert.Single(results.Select(r => r.Link.Id).Distinct());
    }

    [Fact]
    public async Task A_landing_page_on_another_host_or_a_missing_value_is_refused_with_the_field_and_nothing_is_saved()
    {
        var domain = await LinkDomain.CreateAsync(App);

        var host = await Assert.ThrowsAsync<ValidationProblem>(() => App.Links.CreateAsync(Person(domain.Tom), domain.Name,
            domain.Draft() with { LandingUrl = "https://evil.test/" + domain.Name }, AppServices.None));
        var medium = await Assert.ThrowsAsync<ValidationProblem>(() => App.Links.CreateAsync(Person(domain.Tom), domain.Name,
            domain.Draft() with { Medium = "  " }, AppServices.None));

        Assert.Contains("url", host.Errors.Keys);
        Assert.Contains("utm_medium", medium.Errors.Keys);
        await using var db = database.CreateOwnerContext();
        Assert.Equal(0, await db.Links.CountAsync(l => l.CampaignId == domain.CampaignId));
    }

    [Fact]
    public async Task Editing_a_link_rebuilds_its_url_keeps_its_short_code_and_records_old_and_new()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var link = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft(), AppServices.None)).Link;

        var edited = await App.Links.UpdateAsync(Person(domain.Ada), domain.Name, link.Id, link.ToDraft() with { Medium = "social", Source = "linkedin" },
            link.Version, AppServices.None);

        Assert.Equal(domain.UrlOf("spring", "utm_source=linkedin&utm_medium=social&utm_campaign=spring_sale"), edited.FullUrl);
        Assert.Equal((link.ShortCode, Ga4Channel.OrganicSocial), (edited.ShortCode, edited.Channel));
        await using var db = database.CreateOwnerContext();
        var entry = await db.AuditLog.SingleAsync(a => a.Action == "link.updated" && a.ActorUserId == domain.Ada);
        Assert.Contains(link.FullUrl, entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_onto_another_links_url_names_that_link_and_a_stale_edit_is_a_conflict()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var first = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("a"), AppServices.None)).Link;
        var second = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("b"), AppServices.None)).Link;

        var duplicate = await Assert.ThrowsAsync<LinkDuplicateProblem>(() => App.Links.UpdateAsync(
            Person(domain.Tom), domain.Name, second.Id, second.ToDraft() with { LandingUrl = first.LandingUrl }, second.Version, AppServices.None));
        await App.Links.UpdateAsync(Person(domain.Ada), domain.Name, second.Id, second.ToDraft() with { Content = "v2" }, second.Version, AppServices.None);
        var stale = await Assert.ThrowsAsync<LinkChangedProblem>(() => App.Links.UpdateAsync(
            Person(domain.Tom), domain.Name, second.Id, second.ToDraft() with { Content = "v3" }, second.Version, AppServices.None));

        Assert.Equal((ErrorCodes.LinkDuplicate, first.Id), (duplicate.Code, duplicate.Existing.Id));
        Assert.Equal("v2", stale.Current.Values.Content);
    }

    [Fact]
    public async Task Only_the_creator_or_a_manager_deletes_a_link()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var adas = (await App.Links.CreateAsync(Person(domain.Ada), domain.Name, domain.Draft("ada"), AppServices.None)).Link;
        var toms = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("tom"), AppServices.None)).Link;

        Assert.False((await App.Links.GetAsync(Person(domain.Tom), domain.Name, adas.Id, AppServices.None)).CanDelete);
        await Assert.ThrowsAsync<ForbiddenProblem>(() => App.Links.DeleteAsync(Person(domain.Tom), domain.Name, adas.Id, AppServices.None));
        await App.Links.DeleteAsync(Person(domain.Tom), domain.Name, toms.Id, AppServices.None);
        await App.Links.DeleteAsync(Person(domain.Ada), domain.Name, adas.Id, AppServices.None);

        await using var db = database.CreateOwnerContext();
        Assert.Equal(0, await db.Links.CountAsync(l => l.CampaignId == domain.CampaignId));
        var deleted = await db.AuditLog.Where(a => a.Action == "link.deleted").Select(a => a.Details).ToListAsync();
        Assert.Equal(2, deleted.Count(d => d.Contains(domain.CampaignId.ToString(), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_inactive_domain_keeps_its_links_readable_and_refuses_every_change()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var link = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft(), AppServices.None)).Link;
        await database.SetInactiveAsync(domain.Name);

        var read = await App.Links.GetAsync(Person(domain.Tom), domain.Name, link.Id, AppServices.None);
        var create = await Assert.ThrowsAsync<RuleProblem>(() => App.Links.CreateAsync(Person(domain.Tom), domain.Name, domain.Draft("new"), AppServices.None));
        var update = await Assert.ThrowsAsync<RuleProblem>(() => App.Links.UpdateAsync(Person(domain.Tom), domain.Name, link.Id, link.ToDraft(), link.Version, AppServices.None));
        var delete = await Assert.ThrowsAsync<RuleProblem>(() => App.Links.DeleteAsync(Person(domain.Ada), domain.Name, link.Id, AppServices.None));

        Assert.True(read.IsReadOnly);
        Assert.False(read.CanDelete);
        Assert.All([create, update, delete], p => Assert.Equal(ErrorCodes.DomainReadOnly, p.Code));
    }
}
