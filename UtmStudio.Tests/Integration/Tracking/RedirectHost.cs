using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Operations;
using UtmStudio.Features.Tracking;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Features.Tracking.Redirect;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Tracking;

/// <summary>
/// The redirect in a real Kestrel server over the test database: the app's services, the short-link middleware
/// where Program.cs puts it, and the real background click writer. The client never follows redirects, so tests
/// see the status and Location the server sent. With <paramref name="viaPort"/> the app reaches PostgreSQL through
/// that port (a <see cref="Infrastructure.Postgres.CuttableTcpProxy"/>). The server shares its short-link cache with
/// <paramref name="app"/>, as the pages and the redirect share it in one process, so the test's edits evict it.
/// </summary>
public sealed class RedirectHost(
    TestDatabase database, AppServices app, TimeProvider? time = null, Action<TrackingOptions>? tracking = null, int? viaPort = null)
    : IAsyncDisposable
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public ClickQueue Queue => Services.GetRequiredService<ClickQueue>();

    public async Task<RedirectHost> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAppFeaturesForTests(database, time ?? TimeProvider.System, new RecordingEmailSender());
        var connection = new NpgsqlConnectionStringBuilder(database.AppConnectionString);
        if (viaPort is { } port)
        {
            connection.Port = port;
            connection.Timeout = 2;
        }

        builder.Services.Replace(ServiceDescriptor.Singleton(_ => AppDataSource.Create(connection.ConnectionString)));
        builder.Services.Replace(ServiceDescriptor.Singleton(app.Services.GetRequiredService<ShortLinkCache>()));
        builder.Services.Configure<TrackingOptions>(o => tracking?.Invoke(o));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ClickWriterService>());
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        _app = builder.Build();
        _app.UsePlaintextPing();
        _app.UseShortLinks();
        _app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status418ImATeapot; // "not a short link": the rest of the app
            return Task.CompletedTask;
        });
        await _app.StartAsync();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_app.Urls.Single()) };
        return this;
    }

    public async Task<HttpResponseMessage> OpenAsync(string path, string? userAgent = Agents.Chrome, HttpMethod? method = null, string? referer = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        if (referer is not null)
        {
            request.Headers.TryAddWithoutValidation("Referer", referer);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Waits until the writer has committed <paramref name="count"/> clicks in all (a condition, not a time).</summary>
    public async Task StoredAsync(long count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Queue.Stats.Stored < count)
        {
            await Task.Delay(10, timeout.Token);
        }

        Assert.Equal(count, Queue.Stats.Stored);
    }

    /// <summary>Stops the server the way the host does at shutdown (the writer stores what is queued).</summary>
    public async Task StopAsync() => await _app!.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

/// <summary>Real user agents.</summary>
public static class Agents
{
    public const string Chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    public const string IPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    public const string Slackbot = "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)";

    public const string Twitterbot = "Twitterbot/1.0";

    public const string Facebook = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)";
}
