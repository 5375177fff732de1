using Npgsql;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Integration.Schema;

/// <summary>Reads the migrated schema from PostgreSQL's catalog and holds it to the brief, table by table.</summary>
public sealed class SchemaMatchesBriefTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string ConstraintsSql = """
        SELECT c.contype::text AS kind, t.relname AS table_name, rt.relname AS ref_table,
               array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o), ',') AS columns,
               array_to_string(ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o), ',') AS ref_columns,
               c.confdeltype::text AS on_delete, pg_get_constraintdef(c.oid) AS definition
        FROM pg_constraint c
        JOIN pg_class t ON t.oid = c.conrelid
        JOIN pg_namespace ns ON ns.oid = t.relnamespace AND ns.nspname = 'public'
        LEFT JOIN pg_class rt ON rt.oid = c.confrelid
        """;

    public static TheoryData<string> Tables => new(BriefSchema.Tables.Keys);

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Table_has_exactly_the_briefs_columns_plus_the_added_ones(string table)
    {
        await using var connection = await database.OpenAsync();
        var live = await connection.QueryAsync("""
            SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @table
            """, ("table", table));
        var expected = BriefSchema.Tables[table].Concat(BriefSchema.AddedColumns.GetValueOrDefault(table, [])).ToList();

        Assert.Equal(expected.Select(c => c.Name).Order(), live.Select(r => (string)r["column_name"]!).Order());
        foreach (var column in expected)
        {
            var row = live.Single(r => (string)r["column_name"]! == column.Name);
            Assert.Equal((column.Name, column.Type), (column.Name, (string)row["data_type"]!));
            Assert.Equal((column.Name, column.Length), (column.Name, (int?)row["character_maximum_length"]));
            Assert.Equal((column.Name, column.Nullable ? "YES" : "NO"), (column.Name, (string)row["is_nullable"]!));
            Assert.Equal((column.Name, column.Default), (column.Name, (string?)row["column_default"]));
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Table_has_a_uuid_primary_key_named_id(string table)
    {
        var primaryKeys = (await ConstraintsAsync()).Where(c => (string)c["kind"]! == "p" && (string)c["table_name"]! == table);

        Assert.Equal("id", (string)Assert.Single(primaryKeys)["columns"]!);
    }

    [Fact]
    public async Task Check_constraints_allow_exactly_the_briefs_values()
    {
        var checks = (await ConstraintsAsync()).Where(c => (string)c["kind"]! == "c").ToList();

        foreach (var (table, column, values) in BriefSchema.Checks)
        {
            var definition = (string)Assert.Single(checks, c => (string)c["table_name"]! == table
                && ((string)c["definition"]!).Contains($"({column})", StringComparison.Ordinal))["definition"]!;
            foreach (var value in values)
            {
                Assert.Contains($"'{value}'", definition, StringComparison.Ordinal);
            }

            Assert.Equal(values.Length, definition.Split('\'').Length / 2);
        }
    }

    [Fact]
    public async Task Unique_constraints_match_the_brief()
    {
        var uniques = (await ConstraintsAsync()).Where(c => (string)c["kind"]! == "u")
            .Select(c => ((string)c["table_name"]!, (string)c["columns"]!)).ToList();

        foreach (var unique in BriefSchema.Uniques)
        {
            Assert.Contains(unique, uniques);
        }
    }

    [Fact]
    public async Task Foreign_keys_match_the_brief_with_a_domains_belongings_cascading()
    {
        var foreignKeys = (await ConstraintsAsync()).Where(c => (string)c["kind"]! == "f")
            .Select(c => ((string)c["table_name"]!, (string)c["columns"]!, (string)c["ref_table"]!, (string)c["ref_columns"]!,
                ((string)c["on_delete"]!)[0]))
            .ToList();

        foreach (var (table, column, references, onDelete) in BriefSchema.ForeignKeys)
        {
            Assert.Contains((table, column, references, "id", onDelete), foreignKeys);
        }
    }

    [Fact]
    public async Task The_seven_key_indexes_exist_on_the_briefs_columns()
    {
        await using var connection = await database.OpenAsync();
        var indexes = await connection.QueryAsync("SELECT indexname, tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'");

        foreach (var (name, table, columns) in BriefSchema.Indexes)
        {
            var index = Assert.Single(indexes, i => (string)i["indexname"]! == name);
            Assert.Equal(table, (string)index["tablename"]!);
            Assert.EndsWith($"USING btree ({columns})", (string)index["indexdef"]!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_database_itself_rejects_a_role_outside_the_brief()
    {
        await using var connection = await database.OpenAsync(asOwner: true);

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("""
            INSERT INTO users (email, role, identity_issuer, identity_subject) VALUES ('x@y.test', 'admin', 'i', 's')
            """));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    private async Task<List<Dictionary<string, object?>>> ConstraintsAsync()
    {
        await using var connection = await database.OpenAsync();
        return await connection.QueryAsync(ConstraintsSql);
    }
}
