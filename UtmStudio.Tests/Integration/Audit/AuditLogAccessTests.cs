using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Audit;

/// <summary>Only a domain's managers read its log: with any filter, any cursor, and for the list of its people.</summary>
public sealed class AuditLogAccessTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Fact]
    public async Task A_manager_of_another_domain_gets_not_found_with_filters_cursors_or_the_people_list()
    {
        var a = await AuditDomain.CreateAsync(_app, database);
        var b = await AuditDomain.CreateAsync(_app, database, emptyLog: false);
        await database.RecordAuditAsync(a.Id, AuditDomain.Minutes(60, AuditDomain.Noon, a.Ada, DomainSettingsChanged.Action));
        var aCursor = (await _app.Audit.ListAsync(Person(a.Ada), a.Name, AuditFilter.None, null, AppServices.None)).Older;
        var intruder = Person(b.Ada);

        foreach (var filter in new AuditFilter[] { AuditFilter.None, new(Kind: "domain"), new(Actor: a.Ada.ToString()), new(Actor: AuditFilter.System) })
        {
            var problem = await Assert.ThrowsAsync<NotFoundProblem>(() => _app.Audit.ListAsync(intruder, a.Name, filter, aCursor, AppServices.None));
            Assert.DoesNotContain(a.Name, problem.Message, StringComparison.OrdinalIgnoreCase);
        }

        await Assert.ThrowsAsync<NotFoundProblem>(() => _app.Audit.PeopleAsync(intruder, a.Name, AppServices.None));
    }

    [Fact]
    public async Task A_cursor_from_another_domain_shows_only_the_callers_own_entries()
    {
        var a = await AuditDomain.CreateAsync(_app, database);
        var b = await AuditDomain.CreateAsync(_app, database);
        await database.RecordAuditAsync(a.Id, AuditDomain.Minutes(60, AuditDomain.Noon, a.Ada, DomainSettingsChanged.Action));
        var bEntries = await database.RecordAuditAsync(b.Id, AuditDomain.Minutes(3, AuditDomain.Noon.AddDays(-1), b.Ada, DomainSettingsChanged.Action));
        var aCursor = (await _app.Audit.ListAsync(Person(a.Ada), a.Name, AuditFilter.None, null, AppServices.None)).Older;

        var listing = await _app.Audit.ListAsync(Person(b.Ada), b.Name, AuditFilter.None, aCursor, AppServices.None);

        Assert.Equal(bEntries, listing.Entries.Select(e => e.Id));
    }

    [Fact]
    public async Task A_team_member_is_told_that_only_managers_see_the_log()
    {
        var domain = await AuditDomain.CreateAsync(_app, database, emptyLog: false);

        var listing = await Assert.ThrowsAsync<ForbiddenProblem>(
            () => _app.Audit.ListAsync(Person(domain.Tom), domain.Name, new(Kind: "member"), null, AppServices.None));
        var people = await Assert.ThrowsAsync<ForbiddenProblem>(() => _app.Audit.PeopleAsync(Person(domain.Tom), domain.Name, AppServices.None));

        Assert.Equal($"Only managers of {domain.Name} can see the audit log.", listing.Message);
        Assert.Equal(listing.Message, people.Message);
    }

    [Fact]
    public async Task A_manager_gets_the_domains_members_for_the_person_filter()
    {
        var domain = await AuditDomain.CreateAsync(_app, database, emptyLog: false);

        var people = await _app.Audit.PeopleAsync(Person(domain.Ada), domain.Name, AppServices.None);

        Assert.Equal(new[] { domain.Ada, domain.Tom }.Order(), people.Select(p => p.UserId).Order());
        Assert.Contains(people, p => p.Label == Unique.Email("tom", domain.Name));
    }
}
