using System.Reflection;

namespace UtmStudio.E2E.Infrastructure;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string AppProject => Path.Combine(Root, "UtmStudio");

    public static string ScreenshotFolder => Path.Combine(Root, "TestResults", "screenshots");

    /// <summary>The app as built alongside these tests (same configuration: Debug or Release).</summary>
    public static string AppAssembly
    {
        get
        {
            var configuration = typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
                ?? "Debug";
            return Path.Combine(AppProject, "bin", configuration, "net10.0", "UtmStudio.dll");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UtmStudio.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find UtmStudio.sln above " + AppContext.BaseDirectory);
    }
}
