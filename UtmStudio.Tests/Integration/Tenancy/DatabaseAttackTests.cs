using Npgsql;
using UtmStudio.Data.Tenancy;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Integration.Tenancy;

/// <summary>
/// The raw-SQL attacks of issue 6, made as the app role with the attacker's own user set (what a bug that
/// ran an attacker's SQL through the app would do). Each one worked before the fix; the database now refuses.
/// </summary>
public sealed class DatabaseAttackTests(TwoTenants world) : IClassFixture<TwoTenants>
{
    [Fact]
    public async Task A_temporary_table_cannot_be_created_to_shadow_teams_or_pg_roles()
    {
        await using var sql = await OpenAsAsync(world.BManager);

        var teams = await Assert.ThrowsAsync<PostgresException>(
            () => sql.ExecuteAsync("CREATE TEMPORARY TABLE teams (domain_id uuid, user_id uuid, role text)"));
        var roles = await Assert.ThrowsAsync<PostgresException>(
            () => sql.ExecuteAsync("CREATE TEMPORARY TABLE pg_roles (rolname name, rolbypassrls boolean, rolsuper boolean)"));

        Assert.All(new[] { teams, roles }, e => Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, e.SqlState));
    }

    [Fact]
    public async Task The_membership_functions_ignore_the_callers_search_path()
    {
        await using var sql = await OpenAsAsync(world.BManager);
        await sql.ExecuteAsync("SET search_path = pg_temp, pg_catalog");

        Assert.Equal(world.BId, await sql.ScalarAsync<Guid>("SELECT public.app_member_domain_ids()"));
        Assert.False(await sql.ScalarAsync<bool>("SELECT public.app_is_maintenance()"));
    }

    [Theory]
    [InlineData("email = 'operator@utmstudio.test'")]
    [InlineData("email = '{invitee}'")]
    [InlineData("signup_domain_id = '{a}'")]
    [InlineData("identity_subject = 'someone-else'")]
    [InlineData("role = 'manager'")]
    [InlineData("display_name = 'Renamed'")]
    public async Task A_user_cannot_write_any_column_of_their_own_row(string assignment)
    {
        await using var owner = await world.Database.OpenAsync(asOwner: true);
        var invitee = await owner.ScalarAsync<string>($"SELECT email FROM invitations WHERE id = '{world.AInvitationId}'");
        await using var sql = await OpenAsAsync(world.BManager);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => sql.ExecuteAsync(
            $"UPDATE users SET {assignment.Replace("{invitee}", invitee).Replace("{a}", world.AId.ToString())} WHERE id = '{world.BManager}'"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(0L, await sql.ScalarAsync<long>($"SELECT count(*) FROM invitations WHERE domain_id = '{world.AId}'"));
    }

    [Fact]
    public async Task Nobody_inserts_users_or_audit_entries_directly()
    {
        await using var sql = await OpenAsAsync(world.BManager);

        var user = await Assert.ThrowsAsync<PostgresException>(() => sql.ExecuteAsync(
            "INSERT INTO users (email, role, identity_issuer, identity_subject) VALUES ('x@x.test', 'manager', 'i', 's')"));
        var audit = await Assert.ThrowsAsync<PostgresException>(() => sql.ExecuteAsync($"""
            INSERT INTO audit_log (id, domain_id, domain_name, actor_user_id, action, details, created_at)
            VALUES (gen_random_uuid(), '{world.BId}', 'forged.test', '{world.AManager}', 'domain.deleted', '{"{}"}', '2099-01-01')
            """));

        Assert.All(new[] { user, audit }, e => Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, e.SqlState));
    }

    [Fact]
    public async Task An_audit_entry_carries_the_callers_own_name_the_databases_time_and_the_domains_real_name()
    {
        await using var sql = await OpenAsAsync(world.BManager);

        var id = await sql.ScalarAsync<Guid>($"SELECT app_record_audit('{world.BId}', 'domain.settings_changed', '{"{}"}'::jsonb)");

        await using var owner = await world.Database.OpenAsync(asOwner: true);
        var row = Assert.Single(await owner.QueryAsync(
            $"SELECT actor_user_id, domain_name, created_at > now() - interval '1 minute' AND created_at <= clock_timestamp() AS now_ish FROM audit_log WHERE id = '{id}'"));
        Assert.Equal(world.BManager, row["actor_user_id"]);
        Assert.Equal(world.B, row["domain_name"]);
        Assert.True((bool)row["now_ish"]!);
    }

    [Theory]
    [InlineData("outsider", "domain.deleted")]
    [InlineData("requester", "domain.deleted")]
    [InlineData("requester", "member.role_changed")]
    public async Task Nobody_records_events_in_a_domain_they_do_not_belong_to(string who, string action)
    {
        var caller = who == "outsider" ? world.BManager : world.ARequester;
        await using var sql = await OpenAsAsync(caller);

        var refused = await Assert.ThrowsAsync<PostgresException>(
            () => sql.ExecuteAsync($"SELECT app_record_audit('{world.AId}', '{action}', '{"{}"}'::jsonb)"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task The_lookup_that_told_managers_whether_an_email_has_an_account_is_gone()
    {
        await using var sql = await OpenAsAsync(world.AManager);

        Assert.Null(await sql.ScalarAsync<string>("SELECT to_regprocedure('public.app_user_id_by_email(text)')::text"));
    }

    [Fact]
    public async Task A_raw_connection_from_the_apps_data_source_is_scoped_to_its_caller()
    {
        await using var dataSource = AppDataSource.Create(world.Database.AppConnectionString);

        await using var asA = await dataSource.OpenAsync(Person(world.AManager), CancellationToken.None);
        await using var asVisitor = await dataSource.OpenAsync(UtmStudio.Identity.Caller.Visitor.Instance, CancellationToken.None);

        Assert.Equal(world.AId, await asA.ScalarAsync<Guid>("SELECT DISTINCT domain_id FROM campaigns"));
        Assert.Equal(0L, await asVisitor.ScalarAsync<long>("SELECT count(*) FROM campaigns"));
        Assert.Equal(0L, await asVisitor.ScalarAsync<long>("SELECT count(*) FROM domains"));
    }

    private async Task<NpgsqlConnection> OpenAsAsync(Guid userId)
    {
        var connection = await world.Database.OpenAsync();
        await connection.ExecuteAsync($"SELECT set_config('app.user_id', '{userId}', false)");
        return connection;
    }
}
