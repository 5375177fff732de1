namespace UtmStudio.Features.Api.RateLimits;

/// <summary>
/// Requests per API key (configuration section <c>Api:RateLimit</c>): a token bucket of <see cref="Burst"/>
/// requests that refills by <see cref="TokensPerPeriod"/> every <see cref="Period"/>. The default is a burst of 120
/// and two requests a second after it.
/// </summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "Api:RateLimit";

    public int Burst { get; set; } = 120;

    public int TokensPerPeriod { get; set; } = 2;

    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(1);
}
