namespace UtmStudio.Tests.Infrastructure.Postgres;

/// <summary>
/// Starts a throw-away PostgreSQL cluster from the system's binaries (initdb/pg_ctl) under /tmp, tuned for
/// tests (no fsync), and stops and deletes it when the process exits. As root, the binaries run as the
/// postgres user, because PostgreSQL refuses to run as root.
/// </summary>
internal static class PrivateCluster
{
    private const string Root = "/tmp/utmstudio-tests";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    public static async Task<string> StartAsync(int port)
    {
        var bin = FindBinaries();
        Directory.CreateDirectory(Root);
        if (!OperatingSystem.IsWindows())
        {
            // Shared by root (the test run) and the postgres user (the server), like /tmp itself.
            File.SetUnixFileMode(Root, (UnixFileMode)Convert.ToInt32("1777", 8));
        }
        RemoveStaleClusters();

        var dataDir = Path.Combine(Root, $"pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..30]);
        await RunAsync(Path.Combine(bin, "initdb"), "-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync",
            "-E", "UTF8", "--locale=C.UTF-8");
        await RunAsync(Path.Combine(bin, "pg_ctl"), "-D", dataDir, "-l", Path.Combine(dataDir, "server.log"), "-w", "-o",
            $"-p {port} -k {dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " +
            "-c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB", "start");

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(bin, dataDir);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=30";
    }

    private static void Stop(string bin, string dataDir)
    {
        try
        {
            RunAsync(Path.Combine(bin, "pg_ctl"), "-D", dataDir, "-m", "immediate", "-w", "stop").GetAwaiter().GetResult();
            Directory.Delete(dataDir, recursive: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not remove test cluster {dataDir}: {ex.Message}");
        }
    }

    /// <summary>Clusters of test runs that were killed: their server process is gone, their folder is not.</summary>
    private static void RemoveStaleClusters()
    {
        foreach (var dir in Directory.EnumerateDirectories(Root, "pg-*"))
        {
            var pidFile = Path.Combine(dir, "postmaster.pid");
            var alive = File.Exists(pidFile)
                && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid)
                && Directory.Exists($"/proc/{pid}");
            var age = DateTime.UtcNow - Directory.GetCreationTimeUtc(dir);
            if (!alive && age > TimeSpan.FromMinutes(10))
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Another run may still be using it; leave it alone.
                }
            }
        }
    }

    private static Task<string> RunAsync(string tool, params string[] arguments) =>
        Environment.UserName == "root"
            ? ExternalCommand.RunAsync("runuser", ["-u", "postgres", "--", tool, .. arguments], CommandTimeout)
            : ExternalCommand.RunAsync(tool, arguments, CommandTimeout);

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("UTMSTUDIO_PG_BIN");
        if (configured is { Length: > 0 } && File.Exists(Path.Combine(configured, "initdb")))
        {
            return configured;
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            "PostgreSQL server binaries were not found. Install them (apt-get install -y postgresql), set UTMSTUDIO_PG_BIN, " +
            "or point UTMSTUDIO_TEST_ADMIN_CONNECTION at a server.");
    }
}
