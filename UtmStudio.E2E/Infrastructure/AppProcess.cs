using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace UtmStudio.E2E.Infrastructure;

/// <summary>The real app, started as its own process on a free loopback port, as a person would run it.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    // Migrating a fresh database and answering the first request can take minutes on a machine shared by several runs.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(240);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private readonly string? _probeHost;

    private AppProcess(Process process, string baseUrl, string? probeHost)
    {
        _process = process;
        BaseUrl = baseUrl;
        _probeHost = probeHost;
    }

    public string BaseUrl { get; }

    /// <summary>The app's peak resident memory so far in MiB (Linux: VmHWM), for benchmarks.</summary>
    public double PeakMemoryMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return double.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="settings">Configuration on top of Development's defaults (keys as in appsettings, "Oidc:Authority").</param>
    /// <param name="probeHost">The Host header the readiness probe sends, for an instance that answers only its public host.</param>
    public static async Task<AppProcess> StartAsync(
        string appConnection, string? ownerConnection, IReadOnlyDictionary<string, string>? settings = null, string? probeHost = null)
    {
        if (!File.Exists(RepositoryPaths.AppAssembly))
        {
            throw new InvalidOperationException($"Build the app first: {RepositoryPaths.AppAssembly} is missing.");
        }

        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.AppProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.AppAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__App"] = appConnection;
        if (ownerConnection is not null)
        {
            start.Environment["ConnectionStrings__Owner"] = ownerConnection;
        }

        // The app's own logging defaults apply, so tests see what a developer sees.
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app");
        var app = new AppProcess(process, baseUrl, probeHost);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilReadyAsync();
        }
        catch
        {
            // The fixture is never disposed when its start fails: do not leave the app running.
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>Stops the app as a service manager would (SIGTERM): it shuts down in order — the click writer stores
    /// what is queued — and exits.</summary>
    public async Task StopGracefullyAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>Waits until the app has written <paramref name="text"/> to its log (it logs in the background),
    /// after the first <paramref name="since"/> characters of its output.</summary>
    public async Task WaitForOutputAsync(string text, int since = 0)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (Output.IndexOf(text, since, StringComparison.Ordinal) < 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The app did not log \"{text}\" within 30 s:\n{Output}");
            }

            await poll.WaitForNextTickAsync();
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        // A generous per-probe timeout: a first /health/ready on a busy machine (JIT, EF model, first connection)
        // can take longer than a few seconds, and cancelling it each time would start that work over and over.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow + StartTimeout;
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        var lastAnswer = "no answer yet";
        while (await poll.WaitForNextTickAsync())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The app did not become ready within {StartTimeout} (last answer: {lastAnswer}):\n{Output}");
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                using var probe = new HttpRequestMessage(HttpMethod.Get, $"{BaseUrl}/health/ready");
                probe.Headers.Host = _probeHost;
                using var response = await http.SendAsync(probe);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                lastAnswer = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                lastAnswer = ex.Message;
                // Not listening, or not answering, yet.
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
