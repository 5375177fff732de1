using System.Text;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Links.Lists;

/// <summary>
/// GET /d/{domain}/links/export.csv?… — the list's filters in the address, the CSV streamed as it is read. Signed-in
/// members only: anyone else gets the same 404 as for a domain that does not exist.
/// </summary>
public static class LinkExportEndpoint
{
    public static string PathFor(string domainName, LinkListFilter filter) => $"/d/{domainName}/links/export.csv{filter.ToQuery()}";

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
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"links-{export.DomainName}-{time.GetUtcNow():yyyy-MM-dd}.csv\"";
            // Excel opens UTF-8 CSV correctly only with the byte order mark.
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024);
            await export.WriteAsync(writer, http.RequestAborted);
        }

        return Results.Empty;
    }
}
