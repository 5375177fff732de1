using Npgsql;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Integration.Tenancy;

/// <summary>
/// The database's own check, independent of the services: as the app role, row-level security shows and
/// accepts only the rows of the current user's domains (app.user_id), and nothing at all without one.
/// </summary>
public sealed class RowLevelSecurityTests(TwoTenants world) : IClassFixture<TwoTenants>
{
    /// <summary>Every tenant table, with the column that names the row's domain.</summary>
    private static readonly Dictionary<string, string> DomainColumn = new()
    {
        ["domains"] = "id",
        ["teams"] = "domain_id",
        ["campaigns"] = "domain_id",
        ["links"] = "domain_id",
        ["link_templates"] = "domain_id",
        ["invitations"] = "domain_id",
        ["access_requests"] = "domain_id",
        ["audit_log"] = "domain_id",
    };

    public static TheoryData<string> TenantTables => [.. DomainColumn.Keys];

    [Theory]
    [MemberData(nameof(TenantTables))]
    public async Task Without_a_current_user_the_app_role_sees_no_rows_in(string table)
    {
        await using var app = await world.Database.OpenAsync();

        var currentUser = await app.ScalarAsync<string>("SELECT current_setting('app.user_id', true)");
        var visible = await app.ScalarAsync<long>($"SELECT count(*) FROM {table}");

        Assert.True(string.IsNullOrEmpty(currentUser));
        Assert.Equal(0, visible);
        Assert.True(await OwnerScalarAsync($"SELECT count(*) FROM {table}") >= 2, "both domains have rows");
    }

    [Theory]
    [MemberData(nameof(TenantTables))]
    public async Task With_a_current_user_the_app_role_sees_exactly_their_domains_rows_in(string table)
    {
        await using var app = await OpenAsUserAsync(world.AManager);

        var visible = await IdsAsync(app, $"SELECT id FROM {table}");

        await using var owner = await world.Database.OpenAsync(asOwner: true);
        var ofA = await IdsAsync(owner, $"SELECT id FROM {table} WHERE {DomainColumn[table]} = '{world.AId}'");
        var ofB = await IdsAsync(owner, $"SELECT id FROM {table} WHERE {DomainColumn[table]} = '{world.BId}'");
        Assert.NotEmpty(ofA);
        Assert.NotEmpty(ofB);
        Assert.Equal(ofA.Order(), visible.Order());
    }

    [Theory]
    [InlineData("invitations")]
    [InlineData("access_requests")]
    [InlineData("audit_log")]
    public async Task A_team_member_does_not_see_what_only_managers_see_in(string table)
    {
        await using var app = await OpenAsUserAsync(world.AMember);

        // Their own (accepted) invitation is theirs to see; nothing else of the domain's.
        var others = table == "invitations" ? " WHERE email <> app_current_user_email()" : string.Empty;
        Assert.Equal(0, await app.ScalarAsync<long>($"SELECT count(*) FROM {table}{others}"));
        Assert.Equal(1, await app.ScalarAsync<long>("SELECT count(*) FROM domains"));
    }

    [Fact]
    public async Task Inserting_a_campaign_into_another_domain_is_refused_by_the_database()
    {
        await using var app = await OpenAsUserAsync(world.AManager);

        var error = await Assert.ThrowsAsync<PostgresException>(() => app.ExecuteAsync(InsertCampaign(world.BId, world.AManager)));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Contains("new row violates row-level security policy", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(1, await OwnerScalarAsync($"SELECT count(*) FROM campaigns WHERE domain_id = '{world.BId}'"));
        Assert.Equal(1, await app.ExecuteAsync(InsertCampaign(world.AId, world.AManager)));
    }

    [Fact]
    public async Task Another_domains_rows_cannot_be_updated_deleted_or_moved_into()
    {
        await using var app = await OpenAsUserAsync(world.AManager);

        var updated = await app.ExecuteAsync($"UPDATE domains SET default_redirect_type = 301 WHERE id = '{world.BId}'");
        var deleted = await app.ExecuteAsync($"DELETE FROM campaigns WHERE domain_id = '{world.BId}'");
        var move = await Assert.ThrowsAsync<PostgresException>(
            () => app.ExecuteAsync($"UPDATE teams SET domain_id = '{world.BId}' WHERE user_id = '{world.AMember}'"));

        Assert.Equal((0, 0), (updated, deleted));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, move.SqlState);
        Assert.Equal(1, await OwnerScalarAsync($"SELECT count(*) FROM campaigns WHERE domain_id = '{world.BId}'"));
        Assert.Equal(302L, await OwnerScalarAsync($"SELECT default_redirect_type::bigint FROM domains WHERE id = '{world.BId}'"));
        Assert.Equal(1, await OwnerScalarAsync($"SELECT count(*) FROM teams WHERE domain_id = '{world.BId}'"));
    }

    [Fact]
    public async Task The_audit_log_is_append_only_for_the_app_even_for_the_domains_manager()
    {
        await using var app = await OpenAsUserAsync(world.AManager);
        var before = await OwnerScalarAsync($"SELECT count(*) FROM audit_log WHERE domain_id = '{world.AId}'");

        var delete = await Assert.ThrowsAsync<PostgresException>(
            () => app.ExecuteAsync($"DELETE FROM audit_log WHERE domain_id = '{world.AId}'"));
        var update = await Assert.ThrowsAsync<PostgresException>(
            () => app.ExecuteAsync($"UPDATE audit_log SET action = 'forged' WHERE domain_id = '{world.AId}'"));

        Assert.Equal((PostgresErrorCodes.InsufficientPrivilege, PostgresErrorCodes.InsufficientPrivilege), (delete.SqlState, update.SqlState));
        Assert.Equal(before, await OwnerScalarAsync($"SELECT count(*) FROM audit_log WHERE domain_id = '{world.AId}' AND action <> 'forged'"));
    }

    [Theory]
    [MemberData(nameof(TenantTables))]
    public async Task Row_security_is_enabled_and_forced_on(string table)
    {
        await using var owner = await world.Database.OpenAsync(asOwner: true);

        var rows = await owner.QueryAsync(
            "SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = @table AND relnamespace = 'public'::regnamespace",
            ("table", table));

        var row = Assert.Single(rows);
        Assert.Equal((true, true), ((bool)row["relrowsecurity"]!, (bool)row["relforcerowsecurity"]!));
    }

    [Fact]
    public async Task The_owner_sees_every_row_of_a_forced_table_only_because_it_bypasses_row_security()
    {
        await using var owner = await world.Database.OpenAsync(asOwner: true);

        var role = await owner.QueryAsync("SELECT rolname, rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user");
        var domains = await owner.ScalarAsync<long>($"SELECT count(*) FROM domains WHERE id IN ('{world.AId}', '{world.BId}')");

        Assert.Equal(("utmstudio_owner", true, false), ((string)role[0]["rolname"]!, (bool)role[0]["rolbypassrls"]!, (bool)role[0]["rolsuper"]!));
        Assert.Equal(2, domains);
    }

    private async Task<NpgsqlConnection> OpenAsUserAsync(Guid userId)
    {
        var connection = await world.Database.OpenAsync();
        await connection.ExecuteAsync($"SELECT set_config('app.user_id', '{userId}', false)");
        return connection;
    }

    private async Task<long> OwnerScalarAsync(string sql)
    {
        await using var owner = await world.Database.OpenAsync(asOwner: true);
        return await owner.ScalarAsync<long>(sql);
    }

    private static async Task<List<Guid>> IdsAsync(NpgsqlConnection connection, string sql) =>
        (await connection.QueryAsync(sql)).Select(r => (Guid)r["id"]!).ToList();

    private static string InsertCampaign(Guid domainId, Guid createdBy) => $"""
        INSERT INTO campaigns (name, source, objective, targeting_criteria, status, domain_id, created_by, utm_campaign)
        VALUES ('Injected', 'raw-sql', 'test', '{"{}"}', 'active', '{domainId}', '{createdBy}', 'injected')
        """;
}
