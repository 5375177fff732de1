using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using UtmStudio.Features.Api;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>The OpenAPI document tells the truth about what is mapped, and its reference page works with the app's CSP, offline.</summary>
public sealed partial class ApiDocumentTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private ApiHost _api = null!;

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_document_is_openapi_3_1_and_lists_every_mapped_api_endpoint_with_bearer_security_and_problem_responses()
    {
        using var response = await _api.Client.GetAsync(ApiPaths.OpenApiDocument);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var document = JsonDocument.Parse(text).RootElement;

        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("http", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("type").GetString());
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Method: o.Name.ToUpperInvariant(), Route: ApiEndpoints.Normalise(p.Name), Operation: o.Value)))
            .ToList();
        var mapped = ApiEndpoints.Mapped(_api.Services)
            .Where(e => e.Route != ApiPaths.OpenApiDocument && !e.Route.StartsWith(ApiPaths.Reference, StringComparison.Ordinal))
            .ToList();
        Assert.True(mapped.Count >= 12, string.Join(", ", mapped));
        Assert.Equal(mapped.Select(e => $"{e.Method} {e.Route}").Order(), documented.Select(d => $"{d.Method} {d.Route}").Order());
        Assert.All(documented, d =>
        {
            var responses = d.Operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("401", out var unauthorized), $"{d.Method} {d.Route} documents 401");
            Assert.True(unauthorized.GetProperty("content").TryGetProperty("application/problem+json", out _));
            Assert.True(d.Operation.TryGetProperty("operationId", out _), $"{d.Method} {d.Route} has an operationId");
        });
    }

    [Fact]
    public async Task The_document_reads_back_without_errors_and_passes_the_openapi_validation_rules()
    {
        var text = await _api.Client.GetStringAsync(ApiPaths.OpenApiDocument);

        var read = Microsoft.OpenApi.OpenApiDocument.Parse(text, "json");
        var errors = Microsoft.OpenApi.OpenApiElementExtensions.Validate(read.Document!, Microsoft.OpenApi.ValidationRuleSet.GetDefaultRuleSet()) ?? [];

        Assert.Empty(read.Diagnostic?.Errors ?? []);
        Assert.Empty(errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Equal(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1, read.Diagnostic!.SpecificationVersion);
    }

    [Fact]
    public async Task Every_query_and_header_parameter_says_what_it_does()
    {
        var document = JsonDocument.Parse(await _api.Client.GetStringAsync(ApiPaths.OpenApiDocument)).RootElement;
        var parameters = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().SelectMany(o => o.Value.TryGetProperty("parameters", out var list)
                ? list.EnumerateArray().Select(parameter => (Operation: $"{o.Name.ToUpperInvariant()} {p.Name}", Parameter: parameter))
                : []))
            .Where(p => p.Parameter.GetProperty("in").GetString() is "query" or "header")
            .ToList();

        Assert.True(parameters.Count(p => p.Parameter.GetProperty("in").GetString() == "query") >= 40, $"{parameters.Count} parameters");
        Assert.All(parameters, p => Assert.False(
            string.IsNullOrWhiteSpace(p.Parameter.TryGetProperty("description", out var description) ? description.GetString() : null),
            $"{p.Operation}: {p.Parameter.GetProperty("name").GetString()} has a description"));
        var limit = parameters.Single(p => p.Operation == "GET /api/v1/links" && p.Parameter.GetProperty("name").GetString() == "limit");
        Assert.Equal("Items per page, 1 to 100 (default 25).", limit.Parameter.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Every_request_and_response_body_schema_has_an_example_and_creates_document_idempotency_key()
    {
        var document = JsonDocument.Parse(await _api.Client.GetStringAsync(ApiPaths.OpenApiDocument)).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var referenced = SchemaRef().Matches(document.GetProperty("paths").GetRawText()).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(referenced);
        Assert.All(referenced, name => Assert.True(schemas.GetProperty(name).TryGetProperty("examples", out _), $"{name} has an example"));
        var create = document.GetProperty("paths").GetProperty("/api/v1/campaigns").GetProperty("post");
        Assert.Contains(create.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
    }

    [Fact]
    public async Task The_reference_page_loads_only_this_apps_own_assets_under_a_csp_that_allows_its_one_nonced_script()
    {
        using var response = await _api.Client.GetAsync(ApiPaths.Reference);
        var html = await response.Content.ReadAsStringAsync();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        var nonce = Assert.Single(Nonce().Matches(csp)).Groups[1].Value;
        var scripts = ScriptTag().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Contains($"nonce=\"{nonce}\"", s, StringComparison.Ordinal));
        Assert.DoesNotMatch(ExternalUrl(), html);
        foreach (var src in ScriptSource().Matches(html).Select(m => m.Groups[1].Value))
        {
            using var asset = await _api.Client.GetAsync(new Uri(new Uri(_api.Client.BaseAddress!, ApiPaths.Reference + "/"), src));
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{src}: {(int)asset.StatusCode}");
        }
    }

    [GeneratedRegex("\"#/components/schemas/([A-Za-z0-9_.]+)\"")]
    private static partial Regex SchemaRef();

    [GeneratedRegex("'nonce-([A-Za-z0-9+/=_-]+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();

    [GeneratedRegex("(src|href)=\"(https?:)?//")]
    private static partial Regex ExternalUrl();
}
