using Microsoft.EntityFrameworkCore;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Conventions;
using UtmStudio.Features.Links.Conventions.Settings;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;
using UtmStudio.Tests.Integration.Tenancy;

namespace UtmStudio.Tests.Integration.Links;

/// <summary>Issue 8: managers set a domain's UTM conventions; every member's links follow them on save.</summary>
public sealed class LinkConventionsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private AppServices App => field ??= new(database);

    [Fact]
    public async Task A_managers_conventions_fix_a_members_values_on_save_and_the_change_is_in_the_log()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var conventions = LinkConventions.None with { Lowercase = true, Spaces = SpaceReplacement.Underscore };

        var saved = await App.LinkConventions.SaveAsync(Person(domain.Ada), domain.Name, conventions, LinkConventions.None, AppServices.None);
        var link = (await App.Links.CreateAsync(Person(domain.Tom), domain.Name,
            domain.Draft() with { Source = "News Letter", Medium = "Email", Content = "Hero  Banner" }, AppServices.None)).Link;

        Assert.Equal(conventions, saved.Conventions);
        Assert.Equal(("news_letter", "email", "hero_banner"), (link.Values.Source, link.Values.Medium, link.Values.Content));
        var read = await App.LinkConventions.GetAsync(Person(domain.Tom), domain.Name, AppServices.None);
        Assert.Equal((conventions, false, false), (read.Conventions, read.IsManager, read.CanEdit));
        await using var db = database.CreateOwnerContext();
        var entry = await db.AuditLog.SingleAsync(a => a.DomainId == saved.DomainId && a.Action == "link.conventions_changed");
        Assert.Equal(domain.Ada, entry.ActorUserId);
        var line = AuditEventCatalog.Read(entry.Action, entry.Details)!.Describe(AuditPeople.None);
        Assert.Equal(("Changed the team's UTM conventions", "Values are now lowercase. Spaces: kept → become _."), (line.What, line.Details));
    }

    // Each rule a link can break, with a draft that breaks it and the field the refusal names.
    private static readonly Dictionary<string, (LinkConventions Conventions, Func<LinkDraft, LinkDraft> Change, string Field)> Refusals = new()
    {
        ["closed source list"] = (LinkConventions.None with { Sources = AllowedValues.Closed("newsletter", "google") }, d => d with { Source = "bing" }, "utm_source"),
        ["closed medium list"] = (LinkConventions.None with { Mediums = AllowedValues.Closed("email") }, d => d with { Medium = "social" }, "utm_medium"),
        ["dependency"] = (LinkConventions.None with { Dependencies = [new DependentRule("cpc", ["google", "bing", "meta"])] },
            d => d with { Medium = "cpc" }, "utm_source"),
        ["required content"] = (LinkConventions.None with { RequiredFields = [ConventionParameters.Content] }, d => d, "utm_content"),
        ["forbidden character"] = (LinkConventions.None with { ForbiddenCharacters = "#&" }, d => d with { Term = "shoes&socks" }, "utm_term"),
        ["maximum length"] = (LinkConventions.None with { MaxLength = 8 }, d => d with { Source = "newsletter" }, "utm_source"),
        ["unassigned is an error"] = (LinkConventions.None with { UnassignedIsError = true }, d => d with { Medium = "flyer" }, "channel"),
    };

    public static TheoryData<string> Rules => [.. Refusals.Keys];

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task A_link_the_conventions_refuse_is_not_saved_and_the_field_is_named(string rule)
    {
        var (conventions, change, field) = Refusals[rule];
        var domain = await LinkDomain.CreateAsync(App);
        await App.LinkConventions.SaveAsync(Person(domain.Ada), domain.Name, conventions, null, AppServices.None);

        var refused = await Assert.ThrowsAsync<ValidationProblem>(() =>
            App.Links.CreateAsync(Person(domain.Tom), domain.Name, change(domain.Draft()), AppServices.None));

        Assert.True(refused.Errors.ContainsKey(field), $"{rule}: {string.Join(", ", refused.Errors.Keys)}");
        await using var db = database.CreateOwnerContext();
        Assert.Equal(0, await db.Links.CountAsync(l => l.CampaignId == domain.CampaignId));
    }

    [Fact]
    public async Task A_team_member_cannot_change_the_conventions()
    {
        var domain = await LinkDomain.CreateAsync(App);

        var refused = await Assert.ThrowsAsync<ForbiddenProblem>(() => App.LinkConventions.SaveAsync(Person(domain.Tom), domain.Name,
            LinkConventions.None with { Lowercase = true }, null, AppServices.None));

        Assert.Contains("Only managers", refused.Message, StringComparison.Ordinal);
        Assert.True((await App.LinkConventions.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).Conventions.IsNone);
    }

    [Fact]
    public async Task Conventions_that_contradict_themselves_are_refused_field_by_field()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var invalid = LinkConventions.None with
        {
            MaxLength = 0,
            Lowercase = true,
            Sources = AllowedValues.Suggested("Google"),
            Mediums = new AllowedValues { ClosedList = true },
        };

        var refused = await Assert.ThrowsAsync<ValidationProblem>(() =>
            App.LinkConventions.SaveAsync(Person(domain.Ada), domain.Name, invalid, null, AppServices.None));

        Assert.Equal(["maxLength", "mediums", "sources"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("write it as 'google'", refused.Errors["sources"][0], StringComparison.Ordinal);
        Assert.True((await App.LinkConventions.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).Conventions.IsNone);
    }

    [Fact]
    public async Task An_inactive_domain_keeps_its_conventions()
    {
        var domain = await LinkDomain.CreateAsync(App);
        await database.SetInactiveAsync(domain.Name);

        await ProblemAssert.RefusedAsync(ErrorCodes.DomainReadOnly, () => App.LinkConventions.SaveAsync(Person(domain.Ada), domain.Name,
            LinkConventions.None with { Lowercase = true }, null, AppServices.None));

        var read = await App.LinkConventions.GetAsync(Person(domain.Ada), domain.Name, AppServices.None);
        Assert.Equal((true, true, false), (read.Conventions.IsNone, read.IsReadOnly, read.CanEdit));
    }

    [Fact]
    public async Task Saving_over_another_managers_newer_conventions_is_a_conflict_that_carries_theirs()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var theirs = LinkConventions.None with { Spaces = SpaceReplacement.Hyphen };
        await App.LinkConventions.SaveAsync(Person(domain.Ada), domain.Name, theirs, LinkConventions.None, AppServices.None);

        var conflict = await Assert.ThrowsAsync<LinkConventionsChangedProblem>(() => App.LinkConventions.SaveAsync(Person(domain.Ada), domain.Name,
            LinkConventions.None with { Lowercase = true }, LinkConventions.None, AppServices.None));

        Assert.Equal(theirs, conflict.Current.Conventions);
        Assert.Equal(ErrorCodes.ConcurrencyConflict, conflict.Code);
    }

    [Fact]
    public async Task The_report_finds_exactly_the_links_a_tightened_rule_breaks_and_saving_leaves_them_as_they_are()
    {
        var domain = await LinkDomain.CreateAsync(App);
        var tom = Person(domain.Tom);
        async Task<LinkDetails> Link(string page, string source, string medium) =>
            (await App.Links.CreateAsync(tom, domain.Name, domain.Draft(page) with { Source = source, Medium = medium }, AppServices.None)).Link;
        await Link("a", "newsletter", "email");
        var capitalised = await Link("b", "Google", "cpc");
        var wrongSource = await Link("c", "newsletter", "cpc");
        await Link("d", "google", "cpc");
        var unassigned = await Link("e", "newsletter", "flyer");
        var tightened = LinkConventions.None with
        {
            Lowercase = true,
            Dependencies = [new DependentRule("cpc", ["google", "bing"])],
            UnassignedIsError = true,
        };

        var report = await App.LinkConventions.GetBreakingLinksAsync(Person(domain.Ada), domain.Name, tightened, 10, AppServices.None);
        var firstOnly = await App.LinkConventions.GetBreakingLinksAsync(Person(domain.Ada), domain.Name, tightened, 1, AppServices.None);
        var saved = await App.LinkConventions.GetBreakingLinksAsync(Person(domain.Tom), domain.Name, null, 10, AppServices.None);

        Assert.Equal((5, 3), (report.Checked, report.Total));
        Assert.Equal(new[] { capitalised.Id, wrongSource.Id, unassigned.Id }.Order(), report.Links.Select(l => l.Id).Order());
        Assert.Equal(["utm_source: 'Google' becomes 'google'. Your team writes UTM values in lowercase."],
            report.Links.Single(l => l.Id == capitalised.Id).Reasons);
        Assert.StartsWith("utm_source: With medium cpc the source must be google or bing.", Assert.Single(report.Links.Single(l => l.Id == wrongSource.Id).Reasons),
            StringComparison.Ordinal);
        Assert.StartsWith("channel: Your team does not save links that GA4 would report as Unassigned.",
            Assert.Single(report.Links.Single(l => l.Id == unassigned.Id).Reasons), StringComparison.Ordinal);
        Assert.Equal((3, 1, false), (firstOnly.Total, firstOnly.Links.Count, firstOnly.IsComplete));
        Assert.Equal((5, 0, true), (saved.Checked, saved.Total, saved.IsComplete)); // none saved yet: nothing breaks

        await App.LinkConventions.SaveAsync(Person(domain.Ada), domain.Name, tightened, LinkConventions.None, AppServices.None);

        var after = await App.LinkConventions.GetBreakingLinksAsync(Person(domain.Tom), domain.Name, null, 10, AppServices.None);
        Assert.Equal(3, after.Total);
        Assert.Equal(capitalised.FullUrl, (await App.Links.GetAsync(tom, domain.Name, capitalised.Id, AppServices.None)).FullUrl);
    }

    [Fact]
    public async Task The_report_reads_every_link_of_a_big_domain_and_lists_only_the_limit()
    {
        var domain = await LinkDomain.CreateAsync(App);
        await database.AddLinksAsync(domain.CampaignId, count: 3000, source: i => i % 3 == 0 ? "Google" : "google");

        var report = await App.LinkConventions.GetBreakingLinksAsync(Person(domain.Ada), domain.Name,
            LinkConventions.None with { Lowercase = true }, 50, AppServices.None);

        Assert.Equal((3000, 1000, 50), (report.Checked, report.Total, report.Links.Count));
        Assert.All(report.Links, l => Assert.Equal("Google", l.Source));
    }
}

/// <summary>B's manager can neither read, change nor check A's conventions: to them A does not exist.</summary>
public sealed class LinkConventionsCrossTenantTests(TwoTenants tenants) : IClassFixture<TwoTenants>
{
    private AppServices App => tenants.App;

    [Fact]
    public async Task Bs_manager_finds_nothing_of_As_conventions_and_A_is_unchanged()
    {
        var b = Person(tenants.BManager);
        var strict = LinkConventions.None with { Lowercase = true, Sources = AllowedValues.Closed("google") };

        await Assert.ThrowsAsync<NotFoundProblem>(() => App.LinkConventions.GetAsync(b, tenants.A, AppServices.None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => App.LinkConventions.SaveAsync(b, tenants.A, strict, null, AppServices.None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => App.LinkConventions.GetBreakingLinksAsync(b, tenants.A, strict, 10, AppServices.None));

        Assert.Equal(tenants.ASnapshot, await tenants.Database.SnapshotAsync(tenants.A));
    }

    [Fact]
    public async Task Bs_report_on_its_own_domain_never_counts_As_links()
    {
        var report = await App.LinkConventions.GetBreakingLinksAsync(Person(tenants.BManager), tenants.B,
            LinkConventions.None with { Sources = AllowedValues.Closed("nothing_matches") }, 10, AppServices.None);

        Assert.Equal(1, report.Checked);
        Assert.DoesNotContain(report.Links, l => l.Id == tenants.ALinkId);
    }
}
