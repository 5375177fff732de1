using System.Diagnostics;
using UtmStudio.Features.Api;
using UtmStudio.Tests.Benchmarks;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>
/// The live OpenAPI document passes a standard validator that is not ours: Redocly CLI's recommended rules (pinned
/// version, run with npx; ./test.sh installs Node.js when it is missing), errors and warnings alike.
/// </summary>
public sealed class ApiDocumentLintTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Redocly = "@redocly/cli@2.77.0";

    [Fact]
    public async Task The_document_passes_redocly_lint_without_errors_or_warnings()
    {
        await using var api = await new ApiHost(database).StartAsync();
        var file = Path.Combine(Path.GetTempPath(), $"utmstudio-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await api.Client.GetStringAsync(ApiPaths.OpenApiDocument));
        var config = Path.Combine(BenchmarkFiles.RepositoryRoot(), "UtmStudio.Tests", "Integration", "Api", "redocly.yaml");
        var (exitCode, output) = await RunAsync("npx", "--yes", Redocly, "lint", "--format=stylish", "--config", config, file);

        Assert.True(exitCode == 0, $"{file}:\n{output}"); // the file stays for a look when the lint fails
        Assert.False(output.Contains(" warning ", StringComparison.Ordinal), $"{file}:\n{output}");
        Assert.Contains("validated", output, StringComparison.Ordinal);
        File.Delete(file);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start (Node.js is needed: apt-get install nodejs npm)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
