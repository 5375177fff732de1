using Npgsql;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Tenancy;

/// <summary>
/// Attacks a compromised or buggy app could make with raw SQL as the app role; the database refuses each one
/// (the services never issue them, so these prove the second line holds on its own).
/// </summary>
public sealed class RowSecurityHardeningTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Fact]
    public async Task An_invitee_cannot_move_their_invitation_to_another_domain_and_join_it_as_manager()
    {
        var victimDomain = Unique.Domain("victim");
        await _app.SignUpAsync(Unique.Email("victim"), victimDomain);
        var attackerEmail = Unique.Email("attacker");
        var attacker = await _app.SignUpAsync(attackerEmail, Unique.Domain("attacker"));
        await using var owner = await database.OpenAsync(asOwner: true);
        var victimId = await owner.ScalarAsync<Guid>($"SELECT id FROM domains WHERE domain_name = '{victimDomain}'");
        var attackerDomainId = await owner.ScalarAsync<Guid>($"SELECT domain_id FROM teams WHERE user_id = '{attacker}'");

        await using var sql = await OpenAsAsync(attacker);
        await sql.ExecuteAsync($"""
            INSERT INTO invitations (domain_id, email, role, token, invited_by, expires_at, last_sent_at)
            VALUES ('{attackerDomainId}', '{attackerEmail}', 'team_member', 'attack-token', '{attacker}', now() + interval '1 day', now())
            """);
        var move = await Assert.ThrowsAsync<PostgresException>(() => sql.ExecuteAsync(
            $"UPDATE invitations SET domain_id = '{victimId}', role = 'manager' WHERE token = 'attack-token'"));
        var join = await Assert.ThrowsAsync<PostgresException>(() => sql.ExecuteAsync(
            $"INSERT INTO teams (domain_id, user_id, role) VALUES ('{victimId}', '{attacker}', 'manager')"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, move.SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, join.SqlState);
        Assert.Equal(0L, await owner.ScalarAsync<long>($"SELECT count(*) FROM teams WHERE domain_id = '{victimId}' AND user_id = '{attacker}'"));
    }

    [Fact]
    public async Task An_invitee_may_only_accept_an_open_invitation_not_extend_or_restore_it()
    {
        var domain = Unique.Domain("inviting");
        var manager = await _app.SignUpAsync(Unique.Email("boss"), domain);
        var inviteeEmail = Unique.Email("invitee");
        await _app.Invitations.AddAsync(Person(manager), domain, inviteeEmail, Data.Entities.MemberRole.TeamMember, AppServices.None);
        var invitee = await _app.SignInAsync(inviteeEmail);

        await using var sql = await OpenAsAsync(invitee);
        var extend = await Assert.ThrowsAsync<PostgresException>(() => sql.ExecuteAsync(
            $"UPDATE invitations SET expires_at = now() + interval '10 years' WHERE email = '{inviteeEmail}'"));
        var promote = await Assert.ThrowsAsync<PostgresException>(() => sql.ExecuteAsync(
            $"UPDATE invitations SET role = 'manager' WHERE email = '{inviteeEmail}'"));
        var accepted = await sql.ExecuteAsync(
            $"UPDATE invitations SET accepted_at = now(), accepted_by = '{invitee}' WHERE email = '{inviteeEmail}'");

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, extend.SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, promote.SqlState);
        Assert.Equal(1, accepted);
    }

    [Fact]
    public async Task A_manager_cannot_change_their_own_subscription_or_create_an_active_domain()
    {
        var domain = Unique.Domain("billing");
        var manager = await _app.SignUpAsync(Unique.Email("payer"), domain);

        await using var sql = await OpenAsAsync(manager);
        var activate = await Assert.ThrowsAsync<PostgresException>(() => sql.ExecuteAsync(
            $"UPDATE domains SET subscription_status = 'active' WHERE domain_name = '{domain}'"));
        var extend = await Assert.ThrowsAsync<PostgresException>(() => sql.ExecuteAsync(
            $"UPDATE domains SET trial_ends_at = now() + interval '5 years' WHERE domain_name = '{domain}'"));
        var createActive = await Assert.ThrowsAsync<PostgresException>(() => sql.ExecuteAsync(
            $"INSERT INTO domains (domain_name, manager_id, subscription_status) VALUES ('{Unique.Domain("free")}', '{manager}', 'active')"));
        var redirect = await sql.ExecuteAsync($"UPDATE domains SET default_redirect_type = 301 WHERE domain_name = '{domain}'");

        Assert.All(new[] { activate, extend, createActive }, e => Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, e.SqlState));
        Assert.Equal(1, redirect);
    }

    [Fact]
    public async Task Nobody_records_audit_entries_in_a_domain_they_have_nothing_to_do_with_or_in_someone_elses_name()
    {
        var domain = Unique.Domain("audited");
        var manager = await _app.SignUpAsync(Unique.Email("keeper"), domain);
        var outsider = await _app.SignUpAsync(Unique.Email("forger"), Unique.Domain("forger"));
        await using var owner = await database.OpenAsync(asOwner: true);
        var domainId = await owner.ScalarAsync<Guid>($"SELECT id FROM domains WHERE domain_name = '{domain}'");
        const string Columns = "INSERT INTO audit_log (id, domain_id, domain_name, actor_user_id, action, details, created_at)";

        await using var sql = await OpenAsAsync(outsider);
        var forged = await Assert.ThrowsAsync<PostgresException>(() => sql.ExecuteAsync(
            $"{Columns} VALUES (gen_random_uuid(), '{domainId}', '{domain}', '{outsider}', 'domain.deleted', '{{}}', now())"));
        var impersonated = await Assert.ThrowsAsync<PostgresException>(() => sql.ExecuteAsync(
            $"{Columns} VALUES (gen_random_uuid(), '{domainId}', '{domain}', '{manager}', 'domain.deleted', '{{}}', now())"));
        await using var nobody = await database.OpenAsync();
        var anonymous = await Assert.ThrowsAsync<PostgresException>(() => nobody.ExecuteAsync(
            $"{Columns} VALUES (gen_random_uuid(), '{domainId}', '{domain}', NULL, 'subscription.changed', '{{}}', now())"));

        Assert.All(new[] { forged, impersonated, anonymous }, e => Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, e.SqlState));
    }

    [Fact]
    public async Task People_see_themselves_and_their_teams_accounts_but_no_other_tenants_users()
    {
        var domain = Unique.Domain("people");
        var manager = await _app.SignUpAsync(Unique.Email("lead"), domain);
        var colleagueEmail = Unique.Email("colleague");
        var colleague = await _app.AddMemberAsync(manager, domain, colleagueEmail);
        var strangerEmail = Unique.Email("stranger");
        var stranger = await _app.SignUpAsync(strangerEmail, Unique.Domain("strangers"));

        await using var nobody = await database.OpenAsync();
        await using var sql = await OpenAsAsync(manager);
        var visible = await sql.QueryAsync("SELECT id FROM users");
        var renamed = await Assert.ThrowsAsync<PostgresException>(
            () => sql.ExecuteAsync($"UPDATE users SET display_name = 'hijacked' WHERE id = '{colleague}'"));

        Assert.Equal(0L, await nobody.ScalarAsync<long>("SELECT count(*) FROM users"));
        Assert.Equal(new[] { manager, colleague }.Order(), visible.Select(r => (Guid)r["id"]!).Order());
        Assert.DoesNotContain(stranger, visible.Select(r => (Guid)r["id"]!));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, renamed.SqlState);
    }

    private async Task<NpgsqlConnection> OpenAsAsync(Guid userId)
    {
        var connection = await database.OpenAsync();
        await connection.ExecuteAsync($"SELECT set_config('app.user_id', '{userId}', false)");
        return connection;
    }
}
