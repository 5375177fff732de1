using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace UtmStudio.Data;

/// <summary>
/// Applies Data/Sql/*.sql — every function, trigger, policy and privilege — in name order, in one
/// transaction. Idempotent, so it runs after every migration: the files are the whole truth about who may
/// touch what (docs/adr/0005-database-security-in-one-place.md).
/// </summary>
public static class DatabaseSecurity
{
    private const string Prefix = "Sql/";

    /// <summary>The scripts, in the order they run: (name, SQL).</summary>
    public static IReadOnlyList<(string Name, string Sql)> Scripts { get; } = Load();

    public static async Task ApplyAsync(AppDbContext ownerContext, CancellationToken cancellationToken)
    {
        await using var transaction = await ownerContext.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (_, sql) in Scripts)
        {
#pragma warning disable EF1002 // Our own embedded scripts, not user input.
            await ownerContext.Database.ExecuteSqlRawAsync(sql.Replace("{", "{{").Replace("}", "}}"), cancellationToken);
#pragma warning restore EF1002
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static List<(string, string)> Load()
    {
        var assembly = typeof(DatabaseSecurity).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[Prefix.Length..], Read(assembly, n)))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
