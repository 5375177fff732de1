namespace UtmStudio.Tests.Benchmarks;

/// <summary>Where the benchmarks read their seed scripts and write their tables (./bench.sh prints them).</summary>
internal static class BenchmarkFiles
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UtmStudio.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (UtmStudio.sln) was not found.");
    }

    /// <summary>Writes TestResults/benchmarks/{name}.md.</summary>
    public static async Task WriteTableAsync(string name, string markdown)
    {
        var folder = Path.Combine(RepositoryRoot(), "TestResults", "benchmarks");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".md"), markdown);
    }
}
