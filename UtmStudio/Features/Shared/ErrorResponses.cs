using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace UtmStudio.Features.Shared;

/// <summary>
/// How errors are answered. Pages: the HTML error and not-found pages. The API (/api/…): RFC 9457 problem details.
/// Short links (/l/…): a plain-text 404, so a broken printed link costs no page render (exceptions there answer as problems).
/// </summary>
public static class ErrorResponses
{
    public const string ErrorPage = "/error";

    public const string NotFoundPage = "/not-found";

    public static IServiceCollection AddErrorResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            ProblemResponses.Enrich(context.ProblemDetails, context.HttpContext));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    public static IApplicationBuilder UseErrorResponses(this IApplicationBuilder app)
    {
        // The exception handler asks ProblemExceptionHandler first; what it leaves (pages) re-executes the error page.
        app.UseExceptionHandler(ErrorPage, createScopeForErrors: true);

        // Re-executing a page needs the app's routes, which only the top-level pipeline has (not a UseWhen branch):
        // so the not-found page is set up for every request and switched off below for the machine addresses.
        app.UseStatusCodePagesWithReExecute(NotFoundPage, createScopeForStatusCodePages: true);
        app.UseWhen(http => RequestPaths.IsForMachines(http.Request.Path), machines =>
        {
            machines.Use((http, next) =>
            {
                http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
                return next(http);
            });
            machines.UseStatusCodePages(context => RequestPaths.IsApi(context.HttpContext.Request.Path)
                ? ProblemResponses.WriteAsync(context.HttpContext, ProblemDetailsMapping.ForStatus(context.HttpContext.Response.StatusCode))
                : WritePlainAsync(context.HttpContext));
        });
        return app;
    }

    private static Task WritePlainAsync(HttpContext http)
    {
        var status = http.Response.StatusCode;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(status == StatusCodes.Status404NotFound
            ? "There is no link at this address. Check it for typos, or ask whoever shared it.\n"
            : $"{status} {ReasonPhrases.GetReasonPhrase(status)}\n");
    }
}
