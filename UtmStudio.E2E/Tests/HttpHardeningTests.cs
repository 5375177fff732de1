using System.Net;
using System.Web;
using UtmStudio.E2E.Infrastructure;
using static UtmStudio.E2E.Infrastructure.SecurityHeaderAssert;

namespace UtmStudio.E2E.Tests;

/// <summary>Plain HTTP against the running app (Development, no proxy configured).</summary>
[Collection(AppCollection.Name)]
public sealed class HttpHardeningTests(AppFixture app) : IDisposable
{
    private readonly HttpClient _http = Client(app.BaseUrl);

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login?returnUrl=%2Fdashboard")]
    [InlineData("/health/live")]
    public async Task A_request_for_another_host_name_is_refused(string path)
    {
        using var response = await _http.SendAsync(Get(path, host: "evil.example"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil.example", response.Headers.Location?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_headers_are_ignored_when_no_proxy_is_configured()
    {
        using var response = await _http.SendAsync(Get("/account/login?returnUrl=%2Fdashboard", host: null,
            ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "evil.example"), ("X-Forwarded-For", "203.0.113.9")));

        // The redirect URI sent to the identity provider is built from the request: still plain http on loopback.
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var redirectUri = HttpUtility.ParseQueryString(response.Headers.Location!.Query)["redirect_uri"];
        Assert.Equal($"{app.BaseUrl}/signin-oidc", redirectUri);
    }

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/this/page/does/not/exist", HttpStatusCode.NotFound)]
    [InlineData("/account/login", HttpStatusCode.Found)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    [InlineData("/.well-known/openid-configuration", HttpStatusCode.OK)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/_framework/blazor.web.js", HttpStatusCode.OK)]
    public async Task Pages_not_found_pages_json_redirects_and_files_carry_the_security_headers(string path, HttpStatusCode status)
    {
        using var response = await _http.SendAsync(Get(path));

        Assert.Equal(status, response.StatusCode);
        HasSecurityHeaders(response);
    }

    [Fact]
    public async Task The_development_sign_in_page_allows_exactly_the_form_post_script_and_nothing_inline()
    {
        using var login = await _http.SendAsync(Get("/account/login"));
        using var page = await _http.SendAsync(Get(login.Headers.Location!.PathAndQuery));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        HasSecurityHeaders(page);
        var csp = Directives(Single(page, "Content-Security-Policy"));
        Assert.Matches("^'self' 'sha256-[A-Za-z0-9+/=]{44}'$", csp["script-src"]);
    }

    public void Dispose() => _http.Dispose();
}
