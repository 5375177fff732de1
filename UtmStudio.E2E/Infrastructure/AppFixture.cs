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

    private AppProcess? _app;
    private IPlaywright? _playwright;

    public string BaseUrl => _app?.BaseUrl ?? throw new InvalidOperationException("The app is not running.");

    public IBrowser Browser { get; private set; } = null!;

    public string AppOutput => _app?.Output ?? string.Empty;

    public string AppConnectionString { get; private set; } = string.Empty;

    /// <summary>The app's only name server: domain verification never asks the real DNS from a test.</summary>
    public LoopbackDnsServer Dns { get; } = new();

    public async Task InitializeAsync()
    {
        var cluster = await PostgresCluster.GetAsync();
        var database = $"e2e_{Guid.NewGuid():N}"[..16];
        await cluster.CreateDatabaseAsync(database);
        AppConnectionString = cluster.AppConnectionString(database);
        _app = await AppProcess.StartAsync(AppConnectionString, cluster.OwnerConnectionString(database),
            new Dictionary<string, string> { ["Dns__NameServers__0"] = Dns.Address });

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("UTMSTUDIO_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser profile: one per person in a test.</summary>
    public Task<IBrowserContext> NewPersonAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new() { Width = 1280, Height = 800 } });

    /// <summary>A phone-sized browser profile, for the responsive layout.</summary>
    public Task<IBrowserContext> NewPhonePersonAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await Dns.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
