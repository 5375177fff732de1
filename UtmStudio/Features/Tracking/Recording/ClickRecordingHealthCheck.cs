using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace UtmStudio.Features.Tracking.Recording;

/// <summary>
/// Click recording on /health/ready: Degraded once any click was dropped (the queue was full), with the counters, so
/// a lost click is never silent. Redirects keep working either way, so it never reports Unhealthy.
/// </summary>
public sealed class ClickRecordingHealthCheck(ClickQueue queue) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stats = queue.Stats;
        var data = new Dictionary<string, object>
        {
            ["accepted"] = stats.Accepted,
            ["stored"] = stats.Stored,
            ["waiting"] = stats.Waiting,
            ["dropped"] = stats.Dropped,
            ["capacity"] = queue.Capacity,
        };
        return Task.FromResult(stats.Dropped > 0
            ? HealthCheckResult.Degraded($"{stats.Dropped} clicks dropped since start: the queue was full while the database was unreachable or slow", data: data)
            : HealthCheckResult.Healthy($"{stats.Waiting} clicks waiting to be stored", data));
    }
}
