using System.Net;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>A token bucket per key (here 3 requests, refilled once an hour, so the test does not depend on timing).</summary>
public sealed class ApiRateLimitTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database, new Dictionary<string, string?>
    {
        ["Api:RateLimit:Burst"] = "3",
        ["Api:RateLimit:TokensPerPeriod"] = "3",
        ["Api:RateLimit:Period"] = "01:00:00",
    }).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_fourth_request_of_a_key_is_429_with_retry_after_and_every_answer_says_what_is_left()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var key = (await App.CreateKeyAsync(domain.Ada, domain.Name, "read")).Key;
        var other = (await App.CreateKeyAsync(domain.Ada, domain.Name, "read")).Key;

        var remaining = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await _api.SendAsync(HttpMethod.Get, "/api/v1/profile", key);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("3", ok.Headers.GetValues("RateLimit-Limit").Single());
            remaining.Add(ok.Headers.GetValues("RateLimit-Remaining").Single());
        }

        using var limited = await _api.SendAsync(HttpMethod.Get, "/api/v1/profile", key);
        using var otherKey = await _api.SendAsync(HttpMethod.Get, "/api/v1/profile", other);

        Assert.Equal(["2", "1", "0"], remaining);
        await limited.ProblemAsync(429, "rate_limited");
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("0", limited.Headers.GetValues("RateLimit-Remaining").Single());
        Assert.Equal("3600", limited.Headers.GetValues("RateLimit-Reset").Single());
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
    }
}
