using Npgsql;
using UtmStudio.Features.Analytics;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Integration.Analytics;

/// <summary>
/// Nobody sees another domain's clicks: the service answers "not found" for the domain, and for a campaign or link id
/// of another domain asked for from one's own; the database itself shows the app role no click row of a domain the
/// session's user is not a member of.
/// </summary>
public sealed class AnalyticsAccessTests(AnalyticsWorld world) : IClassFixture<AnalyticsWorld>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private Caller Stranger => Person(world.BManager);

    public static TheoryData<string> ClickTables => ["click_series", "click_breakdowns", "clicks"];

    [Fact]
    public async Task A_member_of_another_domain_gets_not_found_for_every_scope_of_this_one()
    {
        var analytics = world.Analytics;

        await Assert.ThrowsAsync<NotFoundProblem>(() => analytics.GetReportAsync(Stranger, world.Name, AnalyticsScope.Domain, AnalyticsFilter.Default, None));
        await Assert.ThrowsAsync<NotFoundProblem>(() =>
            analytics.GetReportAsync(Stranger, world.Name, AnalyticsScope.Campaign(world.SpringId), AnalyticsFilter.Default, None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => analytics.GetReportAsync(Stranger, world.Name, AnalyticsScope.Link(world.Mail.Id), AnalyticsFilter.Default, None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => analytics.GetRecentTotalsAsync(Stranger, world.Name, AnalyticsScope.Link(world.Mail.Id), None));
    }

    [Fact]
    public async Task This_domains_ids_asked_for_from_the_strangers_own_domain_are_not_found()
    {
        var analytics = world.Analytics;

        var campaign = await Assert.ThrowsAsync<NotFoundProblem>(() =>
            analytics.GetReportAsync(Stranger, world.B, AnalyticsScope.Campaign(world.SpringId), AnalyticsFilter.Default, None));
        var link = await Assert.ThrowsAsync<NotFoundProblem>(() =>
            analytics.GetReportAsync(Stranger, world.B, AnalyticsScope.Link(world.Mail.Id), AnalyticsFilter.Default, None));
        await Assert.ThrowsAsync<NotFoundProblem>(() => analytics.GetRecentTotalsAsync(Stranger, world.B, AnalyticsScope.Campaign(world.AutumnId), None));
        var deleted = await Assert.ThrowsAsync<NotFoundProblem>(() =>
            analytics.GetReportAsync(Person(world.Domain.Tom), world.Name, AnalyticsScope.Link(world.Deleted.Id), AnalyticsFilter.Default, None));

        Assert.Equal((ErrorCodes.NotFound, ErrorCodes.NotFound), (campaign.Code, link.Code));
        Assert.StartsWith("That link", deleted.Message, StringComparison.Ordinal); // a deleted link has no page of its own any more
    }

    [Fact]
    public async Task The_strangers_own_domain_shows_none_of_these_clicks()
    {
        var own = await world.Analytics.GetReportAsync(Stranger, world.B, AnalyticsScope.Domain, AnalyticsFilter.Default with { IncludeBots = true }, None);
        var ownLink = await world.Analytics.GetReportAsync(Stranger, world.B, AnalyticsScope.Link(world.BLinkId), AnalyticsFilter.Default, None);

        Assert.True(own.IsEmpty);
        Assert.Empty(own.TopLinks!.Rows);
        Assert.True(ownLink.IsEmpty);
    }

    [Theory]
    [MemberData(nameof(ClickTables))]
    public async Task As_the_app_role_a_stranger_sees_no_click_row_and_a_member_sees_them_in(string table)
    {
        await using var stranger = await OpenAsUserAsync(world.BManager);
        await using var member = await OpenAsUserAsync(world.Domain.Tom);
        await using var nobody = await world.Database.OpenAsync();
        await using var owner = await world.Database.OpenAsync(asOwner: true);
        var ofDomain = $"SELECT count(*) FROM {table} WHERE domain_id = '{world.DomainId}'";

        var stored = await owner.ScalarAsync<long>(ofDomain);

        Assert.True(stored > 0);
        Assert.Equal(0, await stranger.ScalarAsync<long>($"SELECT count(*) FROM {table}"));
        Assert.Equal(0, await nobody.ScalarAsync<long>($"SELECT count(*) FROM {table}"));
        Assert.Equal(stored, await member.ScalarAsync<long>(ofDomain));
    }

    [Fact]
    public async Task As_the_app_role_a_member_cannot_write_clicks_or_rollups()
    {
        await using var member = await OpenAsUserAsync(world.Domain.Tom);

        var insert = await Assert.ThrowsAsync<PostgresException>(() => member.ExecuteAsync(
            $"INSERT INTO click_series (domain_id, scope_id, bucket, is_bot, clicks, unique_clicks) VALUES ('{world.DomainId}', '{world.Mail.Id}', '2026-11-30 01:00Z', false, 1000, 0)"));
        var updated = await member.ExecuteAsync($"UPDATE click_breakdowns SET clicks = clicks * 10 WHERE domain_id = '{world.DomainId}'");

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, insert.SqlState);
        Assert.Equal(0, updated); // only jobs may update: no row is visible to the update
    }

    private async Task<NpgsqlConnection> OpenAsUserAsync(Guid userId)
    {
        var connection = await world.Database.OpenAsync();
        await connection.ExecuteAsync($"SELECT set_config('app.user_id', '{userId}', false)");
        return connection;
    }
}
