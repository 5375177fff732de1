using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace UtmStudio.Features.Shared;

/// <summary>Writes problem details as application/problem+json, whatever the client's Accept header says.</summary>
public static class ProblemResponses
{
    public const string TraceIdKey = "traceId";

    public static async Task WriteAsync(HttpContext http, ProblemDetails details)
    {
        Enrich(details, http);
        http.Response.StatusCode = details.Status ?? StatusCodes.Status500InternalServerError;
        var service = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details }))
        {
            // The client asked for something else (say Accept: text/html): JSON all the same, never an HTML page.
            await TypedResults.Problem(details).ExecuteAsync(http);
        }
    }

    /// <summary>Every problem carries a code (for problems the framework writes, the one its status implies) and a trace id.</summary>
    public static void Enrich(ProblemDetails details, HttpContext http)
    {
        var status = details.Status ?? http.Response.StatusCode;
        details.Extensions.TryAdd(ProblemDetailsMapping.CodeKey, ProblemDetailsMapping.CodeOfStatus(status));
        details.Extensions.TryAdd(TraceIdKey, Activity.Current?.Id ?? http.TraceIdentifier);
    }
}
