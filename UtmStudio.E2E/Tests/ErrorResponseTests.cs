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
    public async Task An_unknown_short_link_answers_a_small_friendly_404_page_not_the_app()
    {
        var client = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var response = await client.APIRequest.GetAsync("/l/doesnotexist");

        Assert.Equal(404, response.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"]);
        var page = await response.TextAsync();
        Assert.Contains("Link not found", page);
        Assert.DoesNotContain("_framework/blazor", page, StringComparison.OrdinalIgnoreCase); // not the app's shell
        Assert.True(page.Length < 2_000, $"{page.Length} characters");
        await client.CloseAsync();
    }
}
