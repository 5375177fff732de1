using System.Text.Json;
using System.Text.Json.Nodes;
using UtmStudio.Features.Api;
using UtmStudio.Tests.Infrastructure.Database;

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

    /// <summary>Indented, and without the server address (a random loopback port in tests).</summary>
    private static string Normalise(string document)
    {
        var node = JsonNode.Parse(document)!.AsObject();
        node.Remove("servers");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
