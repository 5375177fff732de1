using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Infrastructure.Http;

/// <summary>
/// The app's error handling (<see cref="ErrorResponses"/>, registered and placed as Program.cs does) in a real
/// Kestrel server on loopback, in Development (where a stack trace would be most tempting to show), with endpoints
/// that fail on purpose. They exist only here: the app has no endpoint that throws on request.
/// </summary>
public sealed class ErrorPipelineHost : IAsyncLifetime
{
    public const string HtmlErrorPage = "<html><body>the HTML error page</body></html>";

    public const string HtmlNotFoundPage = "<html><body>the HTML not-found page</body></html>";

    public const string SecretInException = "password=hunter2 at UtmStudio.Secret.Method()";

    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddErrorResponses();
        var app = builder.Build();
        app.UseErrorResponses();

        app.MapGet("/api/test/crash", IResult () => throw new InvalidOperationException(SecretInException));
        app.MapGet("/api/test/read-only", IResult () => throw new RuleProblem(ErrorCodes.DomainReadOnly, "acme.test is read-only."));
        app.MapGet("/api/test/invalid", IResult () => throw ValidationProblem.ForField("redirectType", "Choose 302, 301, 307 or 308."));
        app.MapGet("/api/test/busy", IResult () => throw new RateLimitedProblem("You asked too often.", TimeSpan.FromSeconds(90.5)));
        app.MapGet("/api/test/number/{n:int}", (int n) => Results.Ok(n));
        app.MapGet("/l/crash", IResult () => throw new InvalidOperationException(SecretInException));
        app.MapGet("/page/crash", IResult () => throw new InvalidOperationException(SecretInException));
        app.Map(ErrorResponses.ErrorPage, () => Results.Content(HtmlErrorPage, "text/html"));
        app.Map(ErrorResponses.NotFoundPage, () => Results.Content(HtmlNotFoundPage, "text/html"));

        await app.StartAsync();
        _app = app;
        var address = app.Urls.Single();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
