using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Links.Lists;

/// <summary>
/// GET /d/{domain}/links/export.csv?… — the list's filters in the address, the CSV streamed as it is read. Signed-in
/// members only: anyone else gets the same 404 as for a domain that does not exist.
/// </summary>
public static class LinkExportEndpoint
{
    public static string PathFor(string domainName, LinkListFilter filter) => DomainRoute.For(domainName, "links/export.csv") + filter.ToQuery();

    public static IEndpointRouteBuilder MapLinkExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/d/{domain}/links/export.csv", ExportAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> ExportAsync(string domain, HttpContext http, LinkListService lists, TimeProvider time)
    {
        if (CurrentUser.CallerOf(http.User) is not { } caller)
        {
            return Results.NotFound();
        }

        var filter = LinkListFilter.FromQuery(http.Request.QueryString.Value);
        LinkExport export;
        try
        {
            export = await lists.OpenExportAsync(caller, domain, filter, http.RequestAborted);
        }
        catch (NotFoundProblem)
        {
            return Results.NotFound();
        }

        await using (export)
        {
            await WriteAsync(http, export, time);
        }

        return Results.Empty;
    }

    /// <summary>The CSV as the answer: a download named after the domain and the day (the REST API's export too).</summary>
    public static async Task WriteAsync(HttpContext http, LinkExport export, TimeProvider time)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"links-{export.DomainName}-{time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv",
        }.ToString();
        // A list of a company's links: not for shared caches, nor for the browser's disk cache.
        http.Response.Headers.CacheControl = "no-store";
        // Excel opens UTF-8 CSV correctly only with the byte order mark. Every write is asynchronous (Kestrel
        // refuses synchronous ones); the response's stream is the server's to close.
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        await export.WriteAsync(writer, http.RequestAborted);
        await writer.FlushAsync(http.RequestAborted);
    }
}
