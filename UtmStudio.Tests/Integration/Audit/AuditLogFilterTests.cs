using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Subscription;
using UtmStudio.Features.Team;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Audit;

/// <summary>
/// Filters apply to the whole log, not to a page of it: kind of event (an action or its group), who acted (a
/// member, or UtmStudio itself), and whole days in UTC; together and page after page. Inputs that make no sense
/// are refused with a message that says why.
/// </summary>
public sealed class AuditLogFilterTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Fact]
    public async Task A_kind_finds_its_entries_behind_many_pages_of_others()
    {
        var domain = await AuditDomain.CreateAsync(_app, database);
        var old = await database.RecordAuditAsync(domain.Id, AuditDomain.Minutes(2, AuditDomain.Noon.AddDays(-30), domain.Ada, MemberRoleChanged.Action));
        await database.RecordAuditAsync(domain.Id, AuditDomain.Minutes(160, AuditDomain.Noon, domain.Ada, DomainSettingsChanged.Action, InvitationCreated.Action));

        var listing = await ListAsync(domain, new(Kind: MemberRoleChanged.Action));

        Assert.Equal(old, listing.Entries.Select(e => e.Id));
        Assert.Null(listing.Older);
    }

    [Fact]
    public async Task A_group_takes_every_action_of_its_feature()
    {
        var domain = await AuditDomain.CreateAsync(_app, database);
        await database.RecordAuditAsync(domain.Id, AuditDomain.Minutes(12, AuditDomain.Noon, domain.Ada,
            InvitationCreated.Action, DomainSettingsChanged.Action, InvitationRevoked.Action, MemberRemoved.Action, InvitationResent.Action, TrialExpired.Action));

        var listing = await ListAsync(domain, new(Kind: "invitation"));

        Assert.Equal(6, listing.Entries.Count);
        Assert.All(listing.Entries, e => Assert.StartsWith("invitation.", e.Action, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_person_filter_takes_a_members_entries_or_UtmStudios_own()
    {
        var domain = await AuditDomain.CreateAsync(_app, database);
        await database.RecordAuditAsync(domain.Id, AuditDomain.Minutes(90, AuditDomain.Noon, domain.Ada, DomainSettingsChanged.Action));
        var toms = await database.RecordAuditAsync(domain.Id, AuditDomain.Minutes(3, AuditDomain.Noon.AddDays(-2), domain.Tom, MemberLeft.Action));
        var system = await database.RecordAuditAsync(domain.Id, AuditDomain.Minutes(2, AuditDomain.Noon.AddDays(-3), null, TrialExpired.Action));

        Assert.Equal(toms, (await ListAsync(domain, new(Actor: domain.Tom.ToString()))).Entries.Select(e => e.Id));
        var automatic = await ListAsync(domain, new(Actor: AuditFilter.System));
        Assert.Equal(system, automatic.Entries.Select(e => e.Id));
        Assert.All(automatic.Entries, e => Assert.Equal(AuditDescriptions.System, AuditDescriptions.Who(e)));
        Assert.Equal(90, (await _app.Audit.AllPagesAsync(Person(domain.Ada), domain.Name, new(Actor: domain.Ada.ToString()))).Sum(p => p.Entries.Count));
    }

    [Fact]
    public async Task Dates_are_whole_days_in_UTC_with_both_ends_included()
    {
        var domain = await AuditDomain.CreateAsync(_app, database);
        DateTimeOffset Utc(int day, int hour, int minute, int second, int microsecond = 0) =>
            new DateTimeOffset(2026, 3, day, hour, minute, second, TimeSpan.Zero).AddMicroseconds(microsecond);
        var ids = (await database.RecordAuditAsync(domain.Id, new[]
        {
            Utc(3, 0, 0, 0), // just after the range
            Utc(2, 23, 59, 59, 999_999), // the last instant of the end day
            Utc(2, 12, 0, 0),
            Utc(1, 0, 0, 0), // the first instant of the start day
            Utc(1, 0, 0, 0, -1), // the last instant before it
        }.Select(t => new ArrangedEntry(DomainSettingsChanged.Action, domain.Ada, t)))).ToArray();

        var range = await ListAsync(domain, new(From: new DateOnly(2026, 3, 1), To: new DateOnly(2026, 3, 2)));
        var oneDay = await ListAsync(domain, new(From: new DateOnly(2026, 3, 2), To: new DateOnly(2026, 3, 2)));
        var since = await ListAsync(domain, new(From: new DateOnly(2026, 3, 2)));
        var until = await ListAsync(domain, new(To: new DateOnly(2026, 2, 28)));

        Assert.Equal(ids[1..4], range.Entries.Select(e => e.Id));
        Assert.Equal(ids[1..3], oneDay.Entries.Select(e => e.Id));
        Assert.Equal(ids[..3], since.Entries.Select(e => e.Id));
        Assert.Equal(ids[4..], until.Entries.Select(e => e.Id));
    }

    [Fact]
    public async Task Filters_combine_and_page_through_everything_that_matches_them_all()
    {
        var domain = await AuditDomain.CreateAsync(_app, database);
        var inRange = AuditDomain.Noon.AddDays(-5);
        var matching = await database.RecordAuditAsync(domain.Id, AuditDomain.Minutes(75, inRange, domain.Tom, MemberRoleChanged.Action, MemberRemoved.Action));
        await database.RecordAuditAsync(domain.Id, AuditDomain.Minutes(40, inRange.AddSeconds(30), domain.Ada, MemberRoleChanged.Action)); // another person
        await database.RecordAuditAsync(domain.Id, AuditDomain.Minutes(40, inRange.AddSeconds(20), domain.Tom, InvitationCreated.Action)); // another kind
        await database.RecordAuditAsync(domain.Id, AuditDomain.Minutes(40, AuditDomain.Noon, domain.Tom, MemberRemoved.Action)); // after the range
        var filter = new AuditFilter("member", domain.Tom.ToString(), DateOnly.FromDateTime(inRange.AddDays(-1).UtcDateTime), DateOnly.FromDateTime(inRange.UtcDateTime));

        var pages = await _app.Audit.AllPagesAsync(Person(domain.Ada), domain.Name, filter);

        Assert.Equal([50, 25], pages.Select(p => p.Entries.Count));
        Assert.Equal(matching, pages.SelectMany(p => p.Entries).Select(e => e.Id));
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_the_log_is_not_empty()
    {
        var domain = await AuditDomain.CreateAsync(_app, database, emptyLog: false);

        var listing = await ListAsync(domain, new(Kind: "subscription"));

        Assert.Equal((0, null, false), (listing.Entries.Count, listing.Older, listing.LogIsEmpty));
    }

    [Theory]
    [InlineData("member.exploded", null, null, null, "is not a kind of audit event")]
    [InlineData("Member", null, null, null, "is not a kind of audit event")]
    [InlineData("member.", null, null, null, "is not a kind of audit event")]
    [InlineData(null, "not-a-guid", null, null, "not a member of this domain")]
    [InlineData(null, "00000000-0000-0000-0000-000000000001", null, null, "not a member of this domain")]
    [InlineData(null, "UtmStudio", null, null, "not a member of this domain")]
    [InlineData(null, null, "2026-03-05", "2026-03-04", "start date is after the end date")]
    public async Task Filters_that_make_no_sense_are_refused_with_a_reason(string? kind, string? actor, string? from, string? to, string reason)
    {
        var domain = await AuditDomain.CreateAsync(_app, database, emptyLog: false);

        var problem = await Assert.ThrowsAsync<ValidationProblem>(() => ListAsync(domain, AuditFilter.FromQuery(kind, actor, from, to)));

        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from", "yesterday")]
    [InlineData("from", "2026-02-30")]
    [InlineData("to", "03/04/2026")]
    [InlineData("to", "2026-03-04T00:00")]
    public void A_date_in_the_address_that_is_not_a_day_is_refused(string which, string value)
    {
        var problem = Assert.Throws<ValidationProblem>(() => which == "from"
            ? AuditFilter.FromQuery(null, null, value, null)
            : AuditFilter.FromQuery(null, null, null, value));

        Assert.Contains("is not a date", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_of_another_domain_is_not_a_person_of_this_log()
    {
        var domain = await AuditDomain.CreateAsync(_app, database, emptyLog: false);
        var other = await AuditDomain.CreateAsync(_app, database, emptyLog: false);

        await Assert.ThrowsAsync<ValidationProblem>(() => ListAsync(domain, new(Actor: other.Ada.ToString())));
    }

    [Fact]
    public void Every_event_of_the_app_is_a_kind_and_every_group_lists_its_actions()
    {
        var actions = AuditKinds.All.Where(k => !k.IsGroup).Select(k => k.Value);
        var groups = AuditKinds.All.Where(k => k.IsGroup).Select(k => k.Value).ToList();

        Assert.Equal(AuditEventCatalog.All.Keys.Order(), actions.Order());
        Assert.Equal(["domain", "campaign", "link", "member", "invitation", "access_request", "subscription", "api_key"], groups);
        Assert.Equal("All access request events", AuditKinds.LabelOf("access_request"));
        Assert.Equal("Member role changed", AuditKinds.LabelOf(MemberRoleChanged.Action));
        Assert.Equal([SubscriptionChanged.Action, TrialExpired.Action], AuditKinds.ActionsOf("subscription"));
    }

    private Task<AuditListing> ListAsync(AuditDomain domain, AuditFilter filter) =>
        _app.Audit.ListAsync(Person(domain.Ada), domain.Name, filter, null, AppServices.None);
}
