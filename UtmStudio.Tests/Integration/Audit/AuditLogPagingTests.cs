using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Team;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Audit;

/// <summary>
/// The audit log is read in keyset pages (created_at DESC, id DESC): page after page gives every entry once,
/// in order, however many share a timestamp and wherever a page ends; entries recorded meanwhile do not shift
/// the pages; a cursor that was tampered with is a validation error.
/// </summary>
public sealed class AuditLogPagingTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Theory]
    [InlineData(130, 45, 10)] // a run of equal times across the first page boundary
    [InlineData(100, 49, 2)] // the last entry of page 1 and the first of page 2 share one timestamp
    [InlineData(100, 50, 3)] // a run of equal times starting exactly on page 2
    [InlineData(120, 0, 120)] // every entry at the same instant
    [InlineData(50, 0, 1)] // exactly one full page: no "older" after it
    public async Task Pages_give_every_entry_once_newest_first_even_when_many_share_a_timestamp(int total, int tieStart, int tieLength)
    {
        var domain = await AuditDomain.CreateAsync(_app, database);
        var times = Enumerable.Range(0, total)
            .Select(i => AuditDomain.Noon.AddMinutes(-(i < tieStart ? i : i < tieStart + tieLength ? tieStart : i)));
        await database.RecordAuditAsync(domain.Id, times.Select(t => new ArrangedEntry(DomainSettingsChanged.Action, domain.Ada, t)));

        var pages = await _app.Audit.AllPagesAsync(Person(domain.Ada), domain.Name, AuditFilter.None);

        Assert.Equal(Enumerable.Range(0, total).Chunk(AuditService.PageSize).Select(c => c.Length), pages.Select(p => p.Entries.Count));
        Assert.Equal(await database.AuditIdsInOrderAsync(domain.Id), pages.SelectMany(p => p.Entries).Select(e => e.Id));
        Assert.Null(pages[^1].Older);
        Assert.All(pages, p => Assert.False(p.LogIsEmpty));
    }

    [Fact]
    public async Task Entries_recorded_while_someone_pages_do_not_shift_the_older_pages()
    {
        var domain = await AuditDomain.CreateAsync(_app, database);
        await database.RecordAuditAsync(domain.Id, AuditDomain.Minutes(70, AuditDomain.Noon, domain.Ada, DomainSettingsChanged.Action));
        var first = await _app.Audit.ListAsync(Person(domain.Ada), domain.Name, AuditFilter.None, null, AppServices.None);

        // Seven changes happen before "Load older": with OFFSET the next page would repeat seven entries.
        for (var i = 0; i < 7; i++)
        {
            await _app.Domains.UpdateRedirectTypeAsync(Person(domain.Ada), domain.Name, i % 2 == 0 ? 301 : 302, AppServices.None);
        }

        var second = await _app.Audit.ListAsync(Person(domain.Ada), domain.Name, AuditFilter.None, first.Older, AppServices.None);

        var expected = (await database.AuditIdsInOrderAsync(domain.Id)).Skip(7).ToList();
        Assert.Equal(expected, first.Entries.Concat(second.Entries).Select(e => e.Id));
        Assert.Null(second.Older);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("%%%not-base64%%%")]
    [InlineData("AQ")] // the right version byte, nothing after it
    [InlineData("AgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // a version this app never wrote
    [InlineData("Af__________AAAAAAAAAAAAAAAAAAAAAA")] // a time before 1970 (negative)
    [InlineData("AX__________AAAAAAAAAAAAAAAAAAAAAA")] // a time past the year 9999
    [InlineData("AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // one byte too many
    [InlineData("ＡＱＡＡ")] // fullwidth letters
    public async Task A_tampered_cursor_is_a_clear_validation_error(string cursor)
    {
        var domain = await AuditDomain.CreateAsync(_app, database, emptyLog: false);

        var problem = await Assert.ThrowsAsync<ValidationProblem>(
            () => _app.Audit.ListAsync(Person(domain.Ada), domain.Name, AuditFilter.None, cursor, AppServices.None));

        Assert.Equal(ErrorCodes.ValidationFailed, problem.Code);
        Assert.Contains("older audit entries is not valid", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_cursor_is_refused_without_decoding_it()
    {
        var domain = await AuditDomain.CreateAsync(_app, database, emptyLog: false);

        await Assert.ThrowsAsync<ValidationProblem>(
            () => _app.Audit.ListAsync(Person(domain.Ada), domain.Name, AuditFilter.None, new string('A', 100_000), AppServices.None));
    }

    [Fact]
    public void A_cursor_round_trips_to_the_microsecond()
    {
        var cursor = new AuditCursor(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero).AddTicks(1234560), Guid.NewGuid());

        Assert.Equal(cursor, AuditCursor.Decode(cursor.Encode()));
    }

    [Fact]
    public async Task An_empty_log_says_so_and_has_no_older_page()
    {
        var domain = await AuditDomain.CreateAsync(_app, database);

        var listing = await _app.Audit.ListAsync(Person(domain.Ada), domain.Name, AuditFilter.None, null, AppServices.None);

        Assert.Equal((0, null, true), (listing.Entries.Count, listing.Older, listing.LogIsEmpty));
    }

    [Fact]
    public async Task Entries_from_the_services_read_back_with_their_people()
    {
        var domain = await AuditDomain.CreateAsync(_app, database, emptyLog: false);

        var entries = (await _app.Audit.ListAsync(Person(domain.Ada), domain.Name, AuditFilter.None, null, AppServices.None)).Entries;

        Assert.Equal([InvitationAccepted.Action, InvitationCreated.Action, DomainCreated.Action], entries.Select(e => e.Action));
        Assert.Equal([Unique.Email("tom", domain.Name), Unique.Email("ada", domain.Name), Unique.Email("ada", domain.Name)], entries.Select(e => e.ActorEmail));
    }
}
