using System.ComponentModel;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Api.Keys;
using UtmStudio.Features.Links.Lists;

namespace UtmStudio.Features.Api.V1;

/// <summary>
/// GET /api/v1/links/export: the links page's CSV export (LinkListService.OpenExportAsync and its writer, streamed
/// row by row), with listLinks' filters, all pages at once.
/// </summary>
public static class LinkExportEndpoints
{
    public const string ContentType = "text/csv";

    public static void Map(RouteGroupBuilder links) =>
        links.MapGet("/export", ExportAsync).WithName("exportLinks").WithSummary("Export the filtered links as CSV, newest first")
            .RequireReadScope(ApiScopes.Links)
            .Produces(StatusCodes.Status200OK, null, ContentType)
            .AddOpenApiOperationTransformer(DocumentCsv)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>A CSV file, not a JSON body: the schema is a string, the example the header and one row.</summary>
    private static Task DocumentCsv(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        var ok = operation.Responses.TryGetValue("200", out var found) && found is OpenApiResponse response ? response : new OpenApiResponse();
        ok.Description = "The links as CSV (UTF-8 with a byte order mark, for Excel), one link per row, the page's export columns.";
        ok.Content = new Dictionary<string, OpenApiMediaType>
        {
            [ContentType] = new()
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = System.Text.Json.Nodes.JsonValue.Create(
                    "full_url,campaign,landing_url,utm_source,utm_medium,utm_campaign,utm_content,utm_term,utm_id,utm_source_platform," +
                    "utm_creative_format,utm_marketing_tactic,ga4_channel,short_code,label,tags,created_by,created_at\r\n" +
                    "https://acme.example/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale,Spring Sale,https://acme.example/spring," +
                    "newsletter,email,spring_sale,,,,,,,Email,Xk3p9Qa,April newsletter,q2,Ada Lovelace,2026-03-14 09:30:00\r\n"),
            },
        };
        operation.Responses["200"] = ok;
        return Task.CompletedTask;
    }

    private static async Task<IResult> ExportAsync(
        HttpContext http, LinkListService lists, TimeProvider time,
        [Description(ApiParameterText.LinkSearch)] string? q,
        [Description(ApiParameterText.LinkCampaign)] Guid? campaign,
        [Description(ApiParameterText.LinkSource)] string? source,
        [Description(ApiParameterText.LinkMedium)] string? medium,
        [Description(ApiParameterText.LinkContent)] string? content,
        [Description(ApiParameterText.LinkTerm)] string? term,
        [Description(ApiParameterText.LinkChannel)] string? channel,
        [Description(ApiParameterText.LinkTag)] string? tag,
        [Description(ApiParameterText.LinkCreator)] Guid? creator,
        [Description(ApiParameterText.LinkFrom)] DateOnly? from,
        [Description(ApiParameterText.LinkTo)] DateOnly? to,
        CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var filter = LinkEndpoints.Filter(q, campaign, source, medium, content, term, channel, tag, creator, from, to);
        await using var export = await lists.OpenExportAsync(api.Caller, api.DomainName, filter, cancellationToken);
        await LinkExportEndpoint.WriteAsync(http, export, time);
        return Results.Empty;
    }
}
