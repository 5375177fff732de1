using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace UtmStudio.Features.Tracking.Redirect;

/// <summary>The redirect's cache on /health/ready: how full it is and how often a visit had to ask the database.</summary>
public sealed class ShortLinkCacheHealthCheck(ShortLinkCache cache) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (lookups, misses) = cache.Stats;
        return Task.FromResult(HealthCheckResult.Healthy($"{cache.Count} short links cached", new Dictionary<string, object>
        {
            ["entries"] = cache.Count,
            ["lookups"] = lookups,
            ["misses"] = misses,
        }));
    }
}
