using Microsoft.Playwright;
using UtmStudio.Tests.Infrastructure.Dns;
using UtmStudio.Tests.Infrastructure.Postgres;

namespace UtmStudio.E2E.Infrastructure;

/// <summary>One running app (own database on a private PostgreSQL) and one headless Debian Chromium.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];

    private readonly Dictionary<string, AppProcess> _variants = [];
    private AppProcess? _app;
    private IPlaywright? _playwright;

    public string BaseUrl => _app?.BaseUrl ?? throw new InvalidOperationException("The app is not running.");

    public IBrowser Browser { get; private set; } = null!;

    public string AppOutput => _app?.Output ?? string.Empty;

    /// <summary>Waits for a line in the main app's log, written after the first <paramref name="since"/> characters.</summary>
    public Task WaitForOutputAsync(string text, int since) =>
        (_app ?? throw new InvalidOperationException("The app is not running.")).WaitForOutputAsync(text, since);

    public string AppConnectionString { get; private set; } = string.Empty;

    /// <summary>A connection to the app's database as the owner (past row security), for arranging data in bulk.</summary>
    public async Task<Npgsql.NpgsqlConnection> OpenOwnerConnectionAsync()
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(AppConnectionString).Database!;
        var connection = new Npgsql.NpgsqlConnection((await PostgresCluster.GetAsync()).OwnerConnectionString(database));
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The app's only name server: domain verification never asks the real DNS from a test.</summary>
    public LoopbackDnsServer Dns { get; } = new();

    public async Task InitializeAsync()
    {
        var cluster = await PostgresCluster.GetAsync();
        var database = $"e2e_{Guid.NewGuid():N}"[..16];
        await cluster.CreateDatabaseAsync(database);
        AppConnectionString = cluster.AppConnectionString(database);
        _app = await AppProcess.StartAsync(AppConnectionString, cluster.OwnerConnectionString(database),
            new Dictionary<string, string> { ["Dns:NameServers:0"] = Dns.Address });

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("UTMSTUDIO_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser profile: one per person in a test. Its pages are watched for CSP violations.</summary>
    public Task<IBrowserContext> NewPersonAsync(string? baseUrl = null) =>
        NewWatchedContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl ?? BaseUrl, ViewportSize = new() { Width = 1280, Height = 800 } });

    /// <summary>A phone-sized browser profile, for the responsive layout.</summary>
    public Task<IBrowserContext> NewPhonePersonAsync() =>
        NewWatchedContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });

    /// <summary>
    /// A second instance of the app with other settings (same database), started on first use and stopped with
    /// the fixture: for what needs a different configuration, such as a production-like host or a wrong secret.
    /// </summary>
    public async Task<AppProcess> VariantAsync(string name, IReadOnlyDictionary<string, string> settings, string? probeHost = null)
    {
        if (!_variants.TryGetValue(name, out var variant))
        {
            var withDns = new Dictionary<string, string>(settings) { ["Dns:NameServers:0"] = Dns.Address };
            variant = await AppProcess.StartAsync(AppConnectionString, ownerConnection: null, withDns, probeHost);
            _variants[name] = variant;
        }

        return variant;
    }

    private async Task<IBrowserContext> NewWatchedContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        CspViolations.Watch(context);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var variant in _variants.Values)
        {
            await variant.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await Dns.DisposeAsync();
    }
}

/// <summary>Every test that uses the app fails when its pages break the Content-Security-Policy.</summary>
[CollectionDefinition(Name)]
[FailOnCspViolation]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
