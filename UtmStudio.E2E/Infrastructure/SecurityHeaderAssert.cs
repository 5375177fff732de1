using System.Net.Http.Headers;

namespace UtmStudio.E2E.Infrastructure;

/// <summary>What every response of the app must carry, whatever produced it.</summary>
internal static class SecurityHeaderAssert
{
    public static void HasSecurityHeaders(HttpResponseMessage response)
    {
        var csp = Directives(Single(response, "Content-Security-Policy"));
        Assert.Equal("'self'", csp["default-src"]);
        Assert.StartsWith("'self'", csp["script-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", csp["script-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", csp["script-src"], StringComparison.Ordinal);
        Assert.Equal("'self'", csp["connect-src"]);
        Assert.Equal("'none'", csp["frame-ancestors"]);
        Assert.Equal("'self'", csp["base-uri"]);
        Assert.Equal("'none'", csp["object-src"]);
        Assert.StartsWith("'self'", csp["form-action"], StringComparison.Ordinal);

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        var permissions = Single(response, "Permissions-Policy");
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("microphone=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), "The response names the server software");
    }

    public static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : string.Empty);

    /// <summary>Exactly one value: a second Content-Security-Policy header would silently tighten or confuse the first.</summary>
    public static string Single(HttpResponseMessage response, string name)
    {
        var values = response.Headers.TryGetValues(name, out var found) ? found
            : response.Content.Headers.TryGetValues(name, out var content) ? content : [];
        return Assert.Single(values);
    }

    public static HttpClient Client(string baseUrl) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(baseUrl) };

    public static HttpRequestMessage Get(string path, string? host = null, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }
}
