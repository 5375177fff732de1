using System.Net;
using UtmStudio.E2E.Infrastructure;
using static UtmStudio.E2E.Infrastructure.SecurityHeaderAssert;

namespace UtmStudio.E2E.Tests;

/// <summary>A Production instance behind a (simulated) TLS proxy on loopback, over plain HTTP.</summary>
[Collection(AppCollection.Name)]
public sealed class ProductionHardeningTests(AppFixture app)
{
    [Fact]
    public async Task Production_answers_only_its_public_host_name()
    {
        using var http = Client((await app.ProductionAsync()).BaseUrl);

        using var byAddress = await http.SendAsync(Get("/"));
        using var byPublicName = await http.SendAsync(Get("/", Variants.PublicHost));

        Assert.Equal(HttpStatusCode.BadRequest, byAddress.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byPublicName.StatusCode);
        HasSecurityHeaders(byPublicName);
    }

    [Fact]
    public async Task Hsts_is_sent_when_the_listed_proxy_says_the_request_came_over_https()
    {
        using var http = Client((await app.ProductionAsync()).BaseUrl);

        using var overHttps = await http.SendAsync(Get("/", Variants.PublicHost, ("X-Forwarded-Proto", "https")));
        using var overHttp = await http.SendAsync(Get("/", Variants.PublicHost));

        Assert.StartsWith("max-age=31536000", Single(overHttps, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"), "HSTS over plain http");
    }

    [Fact]
    public async Task The_error_page_carries_the_security_headers()
    {
        using var http = Client((await app.ProductionAsync()).BaseUrl);

        // Signing in needs the identity provider's metadata, and this instance's provider cannot be reached.
        using var response = await http.SendAsync(Get("/account/login", Variants.PublicHost, ("X-Forwarded-Proto", "https")));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        HasSecurityHeaders(response);
        Assert.Contains("https://127.0.0.1:", Directives(Single(response, "Content-Security-Policy"))["form-action"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_identity_provider_is_logged_at_start_up_and_the_app_still_serves()
    {
        var production = await app.ProductionAsync();

        await production.WaitForOutputAsync("Sign-in will not work");
        Assert.Contains("cannot be reached", production.Output, StringComparison.Ordinal);
        using var http = Client(production.BaseUrl);
        using var live = await http.SendAsync(Get("/health/live", Variants.PublicHost));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
