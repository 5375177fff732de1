using System.Text.Json;
using UtmStudio.E2E.Infrastructure;

namespace UtmStudio.E2E.Tests;

/// <summary>The running app: API and short-link addresses never get the HTML not-found page.</summary>
[Collection(AppCollection.Name)]
public sealed class ErrorResponseTests(AppFixture app)
{
    [Fact]
    public async Task An_unknown_api_address_answers_404_problem_json_with_a_code()
    {
        var client = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var response = await client.APIRequest.GetAsync("/api/v1/anything", new() { Headers = new Dictionary<string, string> { ["Accept"] = "text/html" } });

        Assert.Equal(404, response.Status);
        Assert.StartsWith("application/problem+json", response.Headers["content-type"]);
        using var problem = JsonDocument.Parse(await response.TextAsync());
        Assert.Equal("endpoint.not_found", problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        await client.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_short_link_answers_a_small_plain_404_not_the_app()
    {
        var client = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var response = await client.APIRequest.GetAsync("/l/doesnotexist");

        Assert.Equal(404, response.Status);
        Assert.StartsWith("text/plain", response.Headers["content-type"]);
        Assert.DoesNotContain("<html", await response.TextAsync(), StringComparison.OrdinalIgnoreCase);
        await client.CloseAsync();
    }
}
