using System.Text.Json;
using System.Text.Json.Nodes;
using UtmStudio.Features.Api;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Api.Client;

/// <summary>
/// docs/api/openapi-v1.json is the document the generated client (<see cref="GeneratedClientTests"/>) is made from, and
/// what integrators can read without running the app: it must be the live document. After an API change, run
/// UtmStudio.Tests/Integration/Api/Client/generate.sh — it writes the file (this test, with UTMSTUDIO_WRITE_OPENAPI=1)
/// and generates the client again with Kiota.
/// </summary>
public sealed class OpenApiSnapshotTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    public static string SnapshotPath => Path.Combine(Benchmarks.BenchmarkFiles.RepositoryRoot(), "docs", "api", "openapi-v1.json");

    [Fact]
    public async Task The_committed_document_is_the_live_one()
    {
        await using var api = await new ApiHost(database).StartAsync();
        var live = Normalise(await api.Client.GetStringAsync(ApiPaths.OpenApiDocument));
        if (Environment.GetEnvironmentVariable("UTMSTUDIO_WRITE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(SnapshotPath, live + "\n");
        }

        Assert.True(File.Exists(SnapshotPath), $"{SnapshotPath} is missing: run UtmStudio.Tests/Integration/Api/Client/generate.sh");
        Assert.True(live == (await File.ReadAllTextAsync(SnapshotPath)).TrimEnd('\n'),
            "The API changed since docs/api/openapi-v1.json and the generated client were made: run UtmStudio.Tests/Integration/Api/Client/generate.sh");
    }

    [Fact]
    public async Task The_server_address_is_the_configured_public_url_whatever_host_the_request_names()
    {
        await using var api = await new ApiHost(database).StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiPaths.OpenApiDocument) { Headers = { Host = "evil.example" } };
        using var response = await api.Client.SendAsync(request);
        var servers = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["servers"]!.AsArray();

        Assert.Equal([AppServices.BaseUri.ToString().TrimEnd('/')], servers.Select(s => s!["url"]!.GetValue<string>()));
    }

    private static string Normalise(string document) =>
        JsonNode.Parse(document)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
