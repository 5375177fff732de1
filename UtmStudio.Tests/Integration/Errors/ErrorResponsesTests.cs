using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Http;

namespace UtmStudio.Tests.Integration.Errors;

/// <summary>Over real HTTP: API and short-link addresses never get the HTML error pages, and never a stack trace.</summary>
public sealed class ErrorResponsesTests(ErrorPipelineHost host) : IClassFixture<ErrorPipelineHost>
{
    [Fact]
    public async Task An_unknown_api_address_answers_404_problem_json_with_a_code()
    {
        var (response, problem) = await GetProblemAsync("/api/v1/anything");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ErrorCodes.EndpointNotFound, problem.GetProperty("code").GetString());
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("urn:utmstudio:problem:endpoint.not_found", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_browser_asking_for_html_still_gets_problem_json_on_the_api()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/anything");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("HTML", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_crash_in_an_api_endpoint_answers_500_problem_json_without_the_exception()
    {
        var (response, problem) = await GetProblemAsync("/api/test/crash");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(ErrorCodes.InternalError, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        var body = problem.GetRawText();
        Assert.DoesNotContain("hunter2", body);
        Assert.DoesNotContain("UtmStudio.Secret", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("exception", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_services_refusal_answers_with_its_status_code_and_message()
    {
        var (response, problem) = await GetProblemAsync("/api/test/read-only");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(ErrorCodes.DomainReadOnly, problem.GetProperty("code").GetString());
        Assert.Equal("acme.test is read-only.", problem.GetProperty("detail").GetString());
        Assert.Equal("Domain is read-only", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Invalid_input_answers_400_with_errors_per_field()
    {
        var (response, problem) = await GetProblemAsync("/api/test/invalid");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.ValidationFailed, problem.GetProperty("code").GetString());
        Assert.Equal("Choose 302, 301, 307 or 308.", problem.GetProperty("errors").GetProperty("redirectType")[0].GetString());
    }

    [Fact]
    public async Task Rate_limited_answers_429_with_retry_after()
    {
        var (response, problem) = await GetProblemAsync("/api/test/busy");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(ErrorCodes.RateLimited, problem.GetProperty("code").GetString());
        Assert.Equal(TimeSpan.FromSeconds(91), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task A_parameter_of_the_wrong_type_answers_problem_json_not_a_page()
    {
        var (response, problem) = await GetProblemAsync("/api/test/number/abc");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode); // the route constraint does not match
        Assert.Equal(ErrorCodes.EndpointNotFound, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_wrong_method_answers_405_problem_json()
    {
        using var response = await host.Client.PostAsync("/api/test/read-only", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ErrorCodes.MethodNotAllowed, json.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unknown_short_link_answers_a_small_plain_404()
    {
        using var response = await host.Client.GetAsync("/l/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("no link at this address", body);
        Assert.True(body.Length < 200);
    }

    [Fact]
    public async Task A_crash_on_a_short_link_answers_problem_json_without_the_exception()
    {
        var (response, problem) = await GetProblemAsync("/l/crash");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("hunter2", problem.GetRawText());
    }

    [Fact]
    public async Task Pages_keep_their_html_error_and_not_found_pages()
    {
        using var crashed = await host.Client.GetAsync("/page/crash");
        using var missing = await host.Client.GetAsync("/no/such/page");
        using var lookalike = await host.Client.GetAsync("/apiary");

        Assert.Equal((HttpStatusCode.InternalServerError, ErrorPipelineHost.HtmlErrorPage), (crashed.StatusCode, await crashed.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.NotFound, ErrorPipelineHost.HtmlNotFoundPage), (missing.StatusCode, await missing.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.NotFound, ErrorPipelineHost.HtmlNotFoundPage), (lookalike.StatusCode, await lookalike.Content.ReadAsStringAsync()));
    }

    private async Task<(HttpResponseMessage Response, JsonElement Problem)> GetProblemAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True("application/problem+json" == response.Content.Headers.ContentType?.MediaType, text[..Math.Min(3000, text.Length)]);
        using var json = JsonDocument.Parse(text);
        return (response, json.RootElement.Clone());
    }
}
