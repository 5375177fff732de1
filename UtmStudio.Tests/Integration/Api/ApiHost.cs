using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UtmStudio.Features.Api;
using UtmStudio.Features.Email;
using UtmStudio.Features.Operations;
using UtmStudio.Features.Shared;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Http;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>
/// The REST API in a real Kestrel server on loopback over the test database: the app's services, and the API's
/// registration and pipeline exactly as Program.cs places them (error responses, authentication, authorization,
/// antiforgery, then ApiSetup.UseRestApi and MapRestApi), behind the app's security headers (its Content-Security-Policy). A header sign-in stands in for the pages' cookie as the
/// default scheme, so tests can show that it never counts on /api/v1.
/// </summary>
public sealed class ApiHost(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, IEmailSender? email = null) : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public async Task<ApiHost> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddAppFeaturesForTests(database, TimeProvider.System, email ?? new RecordingEmailSender());
        builder.Services.AddAuthentication(HeaderAuthentication.Name)
            .AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.Name, null);
        builder.Services.AddAntiforgery();
        builder.Services.AddRestApi(builder.Configuration);
        _app = builder.Build();
        _app.UseMiddleware<SecurityHeadersMiddleware>();
        _app.UseErrorResponses();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.UseAntiforgery();
        _app.UseRestApi();
        _app.MapRestApi();
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
        return this;
    }

    public Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, string? key, object? body = null, Action<HttpRequestHeaders>? headers = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
                : JsonContent.Create(body, body.GetType(), options: Json);
        }

        headers?.Invoke(request.Headers);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}

/// <summary>Reading API answers in tests.</summary>
public static class ApiResponses
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, ApiHost.Json)!;
    }

    /// <summary>A problem+json answer with this status and code; its JSON for further checks.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, int status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"Expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(code, json.GetProperty(ProblemDetailsMapping.CodeKey).GetString());
        Assert.Equal(status, json.GetProperty("status").GetInt32());
        return json;
    }
}
