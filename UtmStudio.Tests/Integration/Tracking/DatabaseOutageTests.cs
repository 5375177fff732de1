using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Postgres;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Tracking;

/// <summary>
/// With PostgreSQL unreachable (the app's connections go through a proxy the test cuts): cached short links keep
/// redirecting, the queue buffers exactly its capacity and drops — and counts — the rest, /health/ready says so,
/// and once the database is back every buffered click is stored.
/// </summary>
public sealed class DatabaseOutageTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const int Capacity = 10;

    private readonly AppServices _app = new(database);
    private CuttableTcpProxy _proxy = null!;
    private RedirectHost _host = null!;

    public async Task InitializeAsync()
    {
        _proxy = new CuttableTcpProxy(new NpgsqlConnectionStringBuilder(database.AppConnectionString).Port);
        _host = await new RedirectHost(database, _app, tracking: o => o.QueueCapacity = Capacity, viaPort: _proxy.Port).StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _proxy.DisposeAsync();
    }

    [Fact]
    public async Task Redirects_answer_from_the_cache_and_exactly_the_clicks_beyond_the_buffer_are_dropped_and_counted()
    {
        var domain = await LinkDomain.CreateAsync(_app);
        var link = await _app.LinkAsync(domain);
        using (var warm = await _host.OpenAsync($"/l/{link.ShortCode}"))
        {
            Assert.Equal(HttpStatusCode.Found, warm.StatusCode);
        }

        await _host.StoredAsync(1);

        _proxy.Cut();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Capacity + 7; i++)
        {
            using var response = await _host.OpenAsync($"/l/{link.ShortCode}");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Found, s));
        Assert.Equal(new ClickQueueStats(Accepted: 1 + Capacity, Stored: 1, Waiting: Capacity, Dropped: 7), _host.Queue.Stats);
        var health = await new ClickRecordingHealthCheck(_host.Queue)
            .CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Equal(7L, health.Data["dropped"]);

        using (var unknown = await _host.OpenAsync("/l/NotCached1"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unknown.StatusCode); // not in the cache: can't be looked up
        }

        _proxy.Restore();
        await _host.StoredAsync(1 + Capacity);
        Assert.Equal(1 + Capacity, await database.RawClickCountAsync(link.Id));
    }
}
