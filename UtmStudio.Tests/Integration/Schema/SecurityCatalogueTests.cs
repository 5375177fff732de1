using UtmStudio.Data;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Integration.Schema;

/// <summary>
/// Reads the database catalogue and fails for anything that breaks the security rules of Data/Sql/README.md:
/// a table without forced row security, a function that resolves names through the caller's search_path,
/// or an app role that can create temporary tables or objects.
/// </summary>
public sealed class SecurityCatalogueTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    /// <summary>Tables in public without row security, each with the reason. Everything else must have it.</summary>
    private static readonly Dictionary<string, string> WithoutRowSecurity = new()
    {
        ["__ef_migrations_history"] = "schema bookkeeping of the migrations; the app role has no privilege on it at all",
    };

    private const string PinnedSearchPath = "search_path=pg_catalog, public, pg_temp";

    [Fact]
    public async Task Every_table_has_enabled_and_forced_row_security_unless_allow_listed_with_a_reason()
    {
        await using var owner = await database.OpenAsync(asOwner: true);
        var tables = await owner.QueryAsync("""
            SELECT c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
            """);

        Assert.NotEmpty(tables);
        var missing = tables
            .Where(t => !WithoutRowSecurity.ContainsKey((string)t["name"]!) && !((bool)t["enabled"]! && (bool)t["forced"]!))
            .Select(t => (string)t["name"]!).ToList();
        Assert.True(missing.Count == 0, $"Tables without ENABLE + FORCE row level security: {string.Join(", ", missing)}. " +
            "Add them to Data/Sql/04_policies.sql, or to the allow-list here with the reason.");
        Assert.All(WithoutRowSecurity.Keys, t => Assert.Contains(tables, row => (string)row["name"]! == t));
    }

    [Fact]
    public async Task The_app_role_has_no_privilege_on_allow_listed_tables()
    {
        await using var owner = await database.OpenAsync(asOwner: true);
        foreach (var table in WithoutRowSecurity.Keys)
        {
            Assert.False(await owner.ScalarAsync<bool>(
                $"SELECT has_table_privilege('utmstudio_app', 'public.{table}', 'SELECT, INSERT, UPDATE, DELETE')"), table);
        }
    }

    [Fact]
    public async Task Every_function_of_ours_pins_its_search_path_with_the_temporary_schema_last()
    {
        await using var owner = await database.OpenAsync(asOwner: true);
        var functions = await owner.QueryAsync("""
            SELECT p.proname AS name, p.prosecdef AS definer, coalesce(array_to_string(p.proconfig, ';'), '') AS config
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
            """);

        Assert.Contains(functions, f => (bool)f["definer"]!);
        var unpinned = functions.Where(f => !((string)f["config"]!).Split(';').Contains(PinnedSearchPath))
            .Select(f => $"{f["name"]} (definer: {f["definer"]})").ToList();
        Assert.True(unpinned.Count == 0, $"Functions without SET {PinnedSearchPath}: {string.Join(", ", unpinned)}");
    }

    [Fact]
    public async Task Security_definer_functions_belong_to_the_owner_role()
    {
        await using var owner = await database.OpenAsync(asOwner: true);
        var owners = await owner.QueryAsync("""
            SELECT DISTINCT pg_get_userbyid(p.proowner) AS owner FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND p.prosecdef
            """);

        Assert.Equal(["utmstudio_owner"], owners.Select(o => (string)o["owner"]!));
    }

    [Fact]
    public async Task The_app_role_cannot_create_temporary_tables_or_objects()
    {
        await using var owner = await database.OpenAsync(asOwner: true);

        Assert.False(await owner.ScalarAsync<bool>("SELECT has_database_privilege('utmstudio_app', current_database(), 'TEMPORARY')"));
        Assert.False(await owner.ScalarAsync<bool>("SELECT has_schema_privilege('utmstudio_app', 'public', 'CREATE')"));
        Assert.False(await owner.ScalarAsync<bool>("SELECT has_database_privilege('utmstudio_app', current_database(), 'CREATE')"));
    }

    [Fact]
    public async Task Applying_the_security_scripts_again_changes_nothing()
    {
        const string snapshot = """
            SELECT string_agg(format('%s.%s %s %s %s', tablename, policyname, cmd, qual, with_check), E'\n' ORDER BY tablename, policyname)
            FROM pg_policies WHERE schemaname = 'public'
            """;
        await using var owner = await database.OpenAsync(asOwner: true);
        var before = await owner.ScalarAsync<string>(snapshot);

        await using (var db = database.CreateOwnerContext())
        {
            await DatabaseSecurity.ApplyAsync(db, CancellationToken.None);
        }

        Assert.False(string.IsNullOrEmpty(before));
        Assert.Equal(before, await owner.ScalarAsync<string>(snapshot));
        Assert.Equal(["00_retired.sql", "01_session.sql", "02_functions.sql", "03_triggers.sql", "04_policies.sql", "05_privileges.sql"],
            DatabaseSecurity.Scripts.Select(s => s.Name));
    }
}
