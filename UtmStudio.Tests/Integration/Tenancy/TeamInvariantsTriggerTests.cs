using Npgsql;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Tenancy;

/// <summary>
/// The teams_keep_invariants trigger holds rule 5 whatever writes teams (not only the services): a domain keeps
/// a manager, domains.manager_id names a current one, users.role says whether the user manages any domain.
/// </summary>
public sealed class TeamInvariantsTriggerTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly AppServices _app = new(database);

    [Fact]
    public async Task Deleting_the_last_manager_row_with_raw_sql_is_refused()
    {
        var (ada, domainId, _) = await ArrangeAsync();
        await using var app = await OpenAsUserAsync(ada);

        var error = await Assert.ThrowsAsync<PostgresException>(
            () => app.ExecuteAsync($"DELETE FROM teams WHERE domain_id = '{domainId}' AND user_id = '{ada}'"));

        Assert.Equal("UT001", error.SqlState);
        Assert.Equal(1L, await OwnerScalarAsync($"SELECT count(*) FROM teams WHERE domain_id = '{domainId}' AND role = 'manager'"));
    }

    [Fact]
    public async Task Demoting_the_last_manager_with_raw_sql_is_refused()
    {
        var (ada, domainId, _) = await ArrangeAsync();
        await using var app = await OpenAsUserAsync(ada);

        var error = await Assert.ThrowsAsync<PostgresException>(
            () => app.ExecuteAsync($"UPDATE teams SET role = 'team_member' WHERE domain_id = '{domainId}' AND user_id = '{ada}'"));

        Assert.Equal("UT001", error.SqlState);
        Assert.Equal("manager", await OwnerScalarAsync<string>($"SELECT role FROM users WHERE id = '{ada}'"));
    }

    [Fact]
    public async Task Deleting_the_named_manager_with_raw_sql_names_the_remaining_manager_and_updates_roles()
    {
        var (ada, domainId, tom) = await ArrangeAsync();
        await using var app = await OpenAsUserAsync(ada);
        await app.ExecuteAsync($"UPDATE teams SET role = 'manager' WHERE domain_id = '{domainId}' AND user_id = '{tom}'");

        Assert.Equal("manager", await OwnerScalarAsync<string>($"SELECT role FROM users WHERE id = '{tom}'"));

        await app.ExecuteAsync($"DELETE FROM teams WHERE domain_id = '{domainId}' AND user_id = '{ada}'");

        Assert.Equal(tom, await OwnerScalarAsync<Guid>($"SELECT manager_id FROM domains WHERE id = '{domainId}'"));
        Assert.Equal("team_member", await OwnerScalarAsync<string>($"SELECT role FROM users WHERE id = '{ada}'"));
    }

    /// <summary>A domain with its manager (ada) and a team member (tom).</summary>
    private async Task<(Guid Ada, Guid DomainId, Guid Tom)> ArrangeAsync()
    {
        var name = Unique.Domain("acme");
        var ada = await _app.SignUpAsync(Unique.Email("ada", name), name);
        var tom = await _app.AddMemberAsync(ada, name, Unique.Email("tom", name));
        return (ada, (await _app.Domains.GetSettingsAsync(Person(ada), name, AppServices.None)).Id, tom);
    }

    private async Task<NpgsqlConnection> OpenAsUserAsync(Guid userId)
    {
        var connection = await database.OpenAsync();
        await connection.ExecuteAsync($"SELECT set_config('app.user_id', '{userId}', false)");
        return connection;
    }

    private Task<long> OwnerScalarAsync(string sql) => OwnerScalarAsync<long>(sql);

    private async Task<T> OwnerScalarAsync<T>(string sql)
    {
        await using var owner = await database.OpenAsync(asOwner: true);
        return (await owner.ScalarAsync<T>(sql))!;
    }
}
