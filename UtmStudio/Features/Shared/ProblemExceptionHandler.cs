using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace UtmStudio.Features.Shared;

/// <summary>
/// An exception on an API or short-link address: a service's refusal answers with its code and status, anything
/// else as a 500 that says nothing about the code (no message, no stack trace). Page addresses fall through to
/// the HTML error page.
/// </summary>
public sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // By now the middleware has pointed the request at the error page: the feature keeps the address that failed.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        if (!RequestPaths.IsForMachines(path))
        {
            return false;
        }

        var details = Describe(http.Request.Method, path, exception);
        if (exception is RateLimitedProblem { RetryAfter: { } after })
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await ProblemResponses.WriteAsync(http, details);
        return true;
    }

    private ProblemDetails Describe(string method, PathString path, Exception exception)
    {
        if (DatabaseProblems.Translate(exception) is { } problem)
        {
            return ProblemDetailsMapping.ToProblemDetails(problem);
        }

        if (exception is BadHttpRequestException bad)
        {
            return ProblemDetailsMapping.ForStatus(bad.StatusCode, bad.Message);
        }

        // The exception middleware stays quiet once a handler answers: this is the record (and what Sentry sees).
        LogUnexpected(logger, exception, method, path);
        return ProblemDetailsMapping.ForStatus(StatusCodes.Status500InternalServerError,
            "Something failed on our side and has been logged. If it keeps happening, report it with the trace id.");
    }

    [LoggerMessage(LogLevel.Error, "Unhandled exception answering {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, PathString path);
}
