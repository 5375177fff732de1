using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Analytics;

/// <summary>
/// GET /d/{domain}/analytics/export.csv?scope=campaign&amp;id=…&amp;range=30d&amp;bots=true&amp;view=series|breakdown —
/// the view on screen as a CSV file: the clicks over time, or every breakdown with all its values. Signed-in members
/// only: anyone else gets the same 404 as for a domain that does not exist.
/// </summary>
public static class AnalyticsExportEndpoint
{
    public const string SeriesView = "series";

    public const string BreakdownView = "breakdown";

    public static string PathFor(string domainName, AnalyticsScope scope, AnalyticsFilter filter, string view)
    {
        var query = new Dictionary<string, string?> { ["scope"] = scope.Key, ["id"] = scope.Id?.ToString(), ["view"] = view };
        var parts = query.Concat(filter.ToQueryParameters().Select(p => new KeyValuePair<string, string?>(p.Key, p.Value?.ToString())))
            .Where(p => p.Value is not null);
        return QueryHelpers.AddQueryString(DomainRoute.For(domainName, "analytics/export.csv"), parts);
    }

    public static IEndpointRouteBuilder MapAnalyticsExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/d/{domain}/analytics/export.csv", ExportAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> ExportAsync(string domain, HttpContext http, AnalyticsService analytics)
    {
        var query = http.Request.Query;
        if (CurrentUser.CallerOf(http.User) is not { } caller || AnalyticsScope.Parse(query["scope"], query["id"]) is not { } scope)
        {
            return Results.NotFound();
        }

        var breakdowns = string.Equals(query["view"], BreakdownView, StringComparison.OrdinalIgnoreCase);
        AnalyticsReport report;
        try
        {
            report = await analytics.GetReportAsync(caller, domain, scope, AnalyticsFilter.FromQuery(http.Request.QueryString.Value),
                breakdowns ? AnalyticsService.MaxValues : 1, http.RequestAborted);
        }
        catch (NotFoundProblem)
        {
            return Results.NotFound();
        }
        catch (ValidationProblem problem)
        {
            // A hand-edited address (the last day before the first): the one error model, as problem details.
            await ProblemResponses.WriteAsync(http, ProblemDetailsMapping.ToProblemDetails(problem));
            return Results.Empty;
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = FileName(report, breakdowns) }.ToString();
        // A company's traffic: not for shared caches, nor for the browser's disk cache.
        http.Response.Headers.CacheControl = "no-store";
        // Excel opens UTF-8 CSV correctly only with the byte order mark; Kestrel refuses synchronous writes.
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        await (breakdowns ? AnalyticsCsv.WriteBreakdownsAsync(report, writer) : AnalyticsCsv.WriteSeriesAsync(report, writer));
        await writer.FlushAsync(http.RequestAborted);
        return Results.Empty;
    }

    /// <summary>"clicks-acme.test-campaign-2026-11-01-to-2026-11-30.csv": what, whose, which days.</summary>
    private static string FileName(AnalyticsReport report, bool breakdowns)
    {
        var day = (DateOnly d) => d.ToString(AnalyticsRange.DayFormat, CultureInfo.InvariantCulture);
        var scope = report.Scope.Kind == AnalyticsScopeKind.Domain ? "" : "-" + report.Scope.Key;
        return $"{(breakdowns ? "breakdowns" : "clicks")}-{report.DomainName}{scope}-{day(report.Period.From)}-to-{day(report.Period.To)}.csv";
    }
}
