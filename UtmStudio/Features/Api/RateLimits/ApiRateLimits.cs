using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Api.RateLimits;

/// <summary>
/// Rate limits per API key with ASP.NET Core's rate limiter: one token bucket per key (partitioned by the key id,
/// so a key's limit is its own whatever else calls), as the rate limiter's global limiter; anything that is not an
/// authenticated API request is not limited here. Every answer carries <c>RateLimit-Limit</c>,
/// <c>RateLimit-Remaining</c> and <c>RateLimit-Reset</c> (seconds until the bucket is full again); a refusal is a
/// 429 <c>rate_limited</c> problem with <c>Retry-After</c>.
/// </summary>
public sealed class ApiRateLimits(IOptions<ApiRateLimitOptions> options) : IDisposable
{
    private readonly ApiRateLimitOptions _options = options.Value;

    public PartitionedRateLimiter<HttpContext> Limiter { get; } = Create(options.Value);

    private static PartitionedRateLimiter<HttpContext> Create(ApiRateLimitOptions options) => PartitionedRateLimiter.Create<HttpContext, string>(http =>
        ApiPaths.IsV1(http.Request.Path) && http.User.FindFirst(ApiPrincipal.KeyId)?.Value is { } keyId
            ? RateLimitPartition.GetTokenBucketLimiter(keyId, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.Burst,
                TokensPerPeriod = options.TokensPerPeriod,
                ReplenishmentPeriod = options.Period,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(""));

    public void Configure(RateLimiterOptions limiter)
    {
        limiter.GlobalLimiter = Limiter;
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            var http = context.HttpContext;
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : _options.Period;
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            WriteHeaders(http, 0);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ProblemResponses.WriteAsync(http, ProblemDetailsMapping.ToProblemDetails(new RateLimitedProblem(
                $"This API key made too many requests. Try again in {seconds} s; it may make {_options.Burst} at once and " +
                $"{_options.TokensPerPeriod} every {_options.Period.TotalSeconds:0.###} s after that.", retryAfter)));
        };
    }

    /// <summary>After the limiter let a request through: what is left of its key's bucket.</summary>
    public void WriteHeaders(HttpContext http)
    {
        if (ApiPaths.IsV1(http.Request.Path) && http.User.FindFirst(ApiPrincipal.KeyId) is not null
            && Limiter.GetStatistics(http) is { } statistics)
        {
            WriteHeaders(http, statistics.CurrentAvailablePermits);
        }
    }

    private void WriteHeaders(HttpContext http, long remaining)
    {
        var missing = Math.Max(0, _options.Burst - remaining);
        var periods = (missing + _options.TokensPerPeriod - 1) / _options.TokensPerPeriod;
        var reset = (long)Math.Ceiling(periods * _options.Period.TotalSeconds);
        http.Response.Headers["RateLimit-Limit"] = _options.Burst.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["RateLimit-Reset"] = reset.ToString(CultureInfo.InvariantCulture);
    }

    public void Dispose() => Limiter.Dispose();
}
