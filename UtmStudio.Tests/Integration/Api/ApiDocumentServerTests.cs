using System.Text.Json.Nodes;
using UtmStudio.Features.Api;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>What the OpenAPI document says beyond the endpoints: where the API is, and what a problem carries.</summary>
public sealed class ApiDocumentServerTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private ApiHost _api = null!;

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task The_server_address_is_the_configured_public_url_whatever_host_the_request_names()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiPaths.OpenApiDocument) { Headers = { Host = "evil.example" } };
        using var response = await _api.Client.SendAsync(request);
        var servers = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["servers"]!.AsArray();

        Assert.Equal([AppServices.BaseUri.ToString().TrimEnd('/')], servers.Select(s => s!["url"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_problem_schema_declares_the_stable_code_the_field_errors_and_the_trace_id()
    {
        var document = JsonNode.Parse(await _api.Client.GetStringAsync(ApiPaths.OpenApiDocument))!;
        var problem = document["components"]!["schemas"]!["ProblemDetails"]!;

        Assert.Equal("string", problem["properties"]!["code"]!["type"]!.GetValue<string>());
        Assert.NotNull(problem["properties"]!["errors"]!["additionalProperties"]);
        Assert.NotNull(problem["properties"]!["traceId"]);
        Assert.Contains("code", problem["required"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}
