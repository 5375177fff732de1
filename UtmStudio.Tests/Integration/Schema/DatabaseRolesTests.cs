using Npgsql;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Integration.Schema;

/// <summary>The application connects as a role that owns nothing and cannot bypass row security.</summary>
public sealed class DatabaseRolesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task The_app_role_is_not_the_owner_of_any_table_and_cannot_bypass_row_security()
    {
        await using var connection = await database.OpenAsync();

        var role = await connection.ScalarAsync<string>("SELECT current_user");
        var owners = await connection.QueryAsync(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'");
        var bypass = await connection.ScalarAsync<bool>("SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user");

        Assert.Equal("utmstudio_app", role);
        Assert.Equal(["utmstudio_owner"], owners.Select(o => (string)o["tableowner"]!));
        Assert.False(bypass);
    }

    [Fact]
    public async Task The_app_role_reads_and_writes_data_but_cannot_change_the_schema()
    {
        await using var connection = await database.OpenAsync();

        // Accounts are created by the sign-in function only; a plain INSERT is refused by row security.
        var signedIn = await connection.ScalarAsync<Guid>(
            "SELECT app_sign_in('iss', 'role-sub', 'role@app.test', 'Role')");
        var rawInsert = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("""
            INSERT INTO users (email, role, identity_issuer, identity_subject) VALUES ('raw@app.test', 'team_member', 'iss', 'raw-sub')
            """));
        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("CREATE TABLE intruder (id int)"));
        var dropError = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("ALTER TABLE users ADD COLUMN x int"));

        Assert.NotEqual(Guid.Empty, signedIn);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, rawInsert.SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, dropError.SqlState);
    }

    [Fact]
    public async Task Updated_at_is_kept_current_by_the_database_on_every_update()
    {
        await using var connection = await database.OpenAsync(asOwner: true);
        await connection.ExecuteAsync("""
            INSERT INTO users (email, role, identity_issuer, identity_subject, created_at, updated_at)
            VALUES ('stamp@app.test', 'team_member', 'iss', 'stamp-sub', '2001-01-01', '2001-01-01')
            """);

        await connection.ExecuteAsync("UPDATE users SET display_name = 'Stamp' WHERE email = 'stamp@app.test'");
        var rows = await connection.QueryAsync("SELECT created_at, updated_at FROM users WHERE email = 'stamp@app.test'");

        var createdAt = (DateTime)rows[0]["created_at"]!;
        var updatedAt = (DateTime)rows[0]["updated_at"]!;
        Assert.Equal(2001, createdAt.Year);
        Assert.True(DateTime.UtcNow - updatedAt < TimeSpan.FromMinutes(5), $"updated_at was {updatedAt:O}");
    }
}
