using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using UtmStudio.Features.Tracking.Maintenance;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Features.Tracking.Redirect;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Tracking;

/// <summary>
/// The click tables as the app role, with SQL an attacker could run through it: members see their domain's clicks
/// and rollups only, nobody but the writer (a job) writes them, the day's salts and the retired codes are
/// unreadable, the partition and salt functions refuse people, and partitions cannot be reached around the parent.
/// </summary>
public sealed class TrackingSecurityTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly string[] ClickTables = ["clicks", "click_series", "click_breakdowns", "click_breakdowns_monthly", "click_visitors"];

    private readonly AppServices _app = new(database);
    private LinkDomain _a = null!;
    private LinkDomain _b = null!;

    public async Task InitializeAsync()
    {
        _a = await LinkDomain.CreateAsync(_app);
        _b = await LinkDomain.CreateAsync(_app);
        foreach (var domain in new[] { _a, _b })
        {
            var link = await _app.LinkAsync(domain);
            var target = (await _app.Services.GetRequiredService<ShortLinkLookup>().FindAsync(link.ShortCode, AppServices.None)).Target!;
            // One click this month and one last month, which the roll-up below sums into the monthly breakdowns.
            var clicks = new[] { DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMonths(-1) }.Select(at =>
                ClickEnricher.Enrich(new RawClick(at, target, System.Net.IPAddress.Loopback, "agent", null, null, false, false), new byte[32])).ToList();
            await _app.Services.GetRequiredService<ClickBatchWriter>().WriteAsync(clicks, AppServices.None);
        }

        await using var system = await _app.Services.GetRequiredService<UtmStudio.Data.Tenancy.AppDataSource>()
            .OpenAsync(UtmStudio.Data.Tenancy.DbScope.System, AppServices.None);
        var today = DateTime.UtcNow;
        await BreakdownMonths.RollAsync(system, new DateOnly(today.Year, today.Month, 1), AppServices.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_member_reads_the_clicks_and_rollups_of_their_domain_only_and_nobody_reads_them_unscoped()
    {
        await using var ada = await OpenAsAsync(_a.Ada);
        await using var nobody = await database.OpenAsync();

        foreach (var table in ClickTables)
        {
            var domains = await ada.ScalarAsync<long>($"SELECT count(DISTINCT domain_id) FROM {table}");
            var foreign = await ada.ScalarAsync<long>($"SELECT count(*) FROM {table} t JOIN domains d ON d.id = t.domain_id WHERE d.domain_name = '{_b.Name}'");
            Assert.Equal((1L, 0L), (domains, foreign));
            Assert.Equal(0L, await nobody.ScalarAsync<long>($"SELECT count(*) FROM {table}"));
        }
    }

    [Theory]
    [InlineData("INSERT INTO clicks SELECT * FROM clicks")]
    [InlineData("UPDATE click_series SET clicks = clicks + 1000")]
    [InlineData("UPDATE click_breakdowns SET clicks = 0")]
    [InlineData("UPDATE click_breakdowns_monthly SET clicks = 0")]
    [InlineData("INSERT INTO click_breakdown_months (month) VALUES ('2020-01-01')")]
    [InlineData("DELETE FROM click_visitors")]
    [InlineData("DELETE FROM clicks")]
    [InlineData("TRUNCATE clicks")]
    public async Task A_member_cannot_write_or_erase_clicks_or_counts(string sql)
    {
        await using var ada = await OpenAsAsync(_a.Ada);
        var before = await CountsAsync();

        try
        {
            var changed = await ada.ExecuteAsync(sql);
            Assert.Equal(0, changed); // row security let no row through
        }
        catch (PostgresException refused)
        {
            Assert.Contains(refused.SqlState, new[] { PostgresErrorCodes.InsufficientPrivilege, "42501" });
        }

        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("SELECT count(*) FROM visitor_salts")]
    [InlineData("SELECT count(*) FROM retired_short_codes")]
    public async Task Salts_and_retired_codes_are_not_readable(string sql)
    {
        await using var ada = await OpenAsAsync(_a.Ada);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ada.ScalarAsync<long>(sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Theory]
    [InlineData("SELECT public.app_visitor_salt(current_date)")]
    [InlineData("SELECT public.app_ensure_click_partitions(current_date, current_date + 400)")]
    [InlineData("SELECT public.app_drop_click_partitions(current_date + 1000)")]
    public async Task The_salt_and_partition_functions_refuse_people(string sql)
    {
        await using var ada = await OpenAsAsync(_a.Ada);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ada.ScalarAsync<object>(sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task A_partition_cannot_be_read_around_the_parents_row_security()
    {
        await using var owner = await database.OpenAsync(asOwner: true);
        var partition = await owner.ScalarAsync<string>(
            "SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'clicks'::regclass LIMIT 1");
        await using var ada = await OpenAsAsync(_a.Ada);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ada.ScalarAsync<long>($"SELECT count(*) FROM {partition}"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.True(await owner.ScalarAsync<bool>(
            $"SELECT relrowsecurity AND relforcerowsecurity FROM pg_class WHERE relname = '{partition}'"));
    }

    [Fact]
    public async Task The_visitor_reads_one_short_link_through_the_function_and_nothing_else()
    {
        var link = await _app.LinkAsync(_a, "visitor");
        await using var visitor = await database.OpenAsync();

        Assert.Equal(link.FullUrl, await visitor.ScalarAsync<string>($"SELECT full_url FROM public.app_short_link('{link.ShortCode}')"));
        Assert.Equal(0L, await visitor.ScalarAsync<long>("SELECT count(*) FROM public.app_short_link('%')"));
        Assert.Equal(0L, await visitor.ScalarAsync<long>("SELECT count(*) FROM links"));
    }

    [Fact]
    public async Task Maintenance_keeps_partitions_ahead_and_drops_months_past_the_retention_whole()
    {
        var maintenance = ActivatorUtilities.CreateInstance<ClickMaintenanceService>(_app.Services);
        await using var owner = await database.OpenAsync(asOwner: true);
        await using (var system = await _app.Services.GetRequiredService<UtmStudio.Data.Tenancy.AppDataSource>()
                         .OpenAsync(UtmStudio.Data.Tenancy.DbScope.System, AppServices.None))
        {
            await system.ScalarAsync<int>("SELECT public.app_ensure_click_partitions(date '2024-01-01', date '2024-02-01')");
        }

        var result = await maintenance.RunOnceAsync(AppServices.None);

        var months = await owner.ScalarAsync<string>(
            "SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'clicks'::regclass");
        var thisMonth = DateTime.UtcNow;
        Assert.DoesNotContain("clicks_y2024m01", months);
        Assert.Contains($"clicks_y{thisMonth.AddMonths(3):yyyy}m{thisMonth.AddMonths(3):MM}", months);
        Assert.True(result.PartitionsDropped >= 2, $"dropped {result.PartitionsDropped}");
        Assert.Equal(4L, await owner.ScalarAsync<long>( // this month's and last month's clicks stay
            $"SELECT count(*) FROM clicks c JOIN domains d ON d.id = c.domain_id WHERE d.domain_name IN ('{_a.Name}', '{_b.Name}')"));
    }

    private async Task<string> CountsAsync()
    {
        await using var owner = await database.OpenAsync(asOwner: true);
        var counts = new List<long>();
        foreach (var table in ClickTables)
        {
            counts.Add(await owner.ScalarAsync<long>($"SELECT count(*) FROM {table}"));
        }

        counts.Add(await owner.ScalarAsync<long>("SELECT coalesce(sum(clicks), 0)::bigint FROM click_series"));
        return string.Join(",", counts);
    }

    private async Task<NpgsqlConnection> OpenAsAsync(Guid userId)
    {
        var connection = await database.OpenAsync();
        await connection.ExecuteAsync($"SELECT set_config('app.user_id', '{userId}', false)");
        return connection;
    }
}
