using System.ComponentModel;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Api.Keys;
using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Builder;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Tracking;

namespace UtmStudio.Features.Api.V1;

/// <summary>
/// GET /api/v1/links/{id}/qr: the QR code the link page offers, made by the same generator (QrCodes). It encodes the
/// link's /q/ short link, so scans are counted apart from clicks (the "qr" breakdown).
/// </summary>
public static class QrEndpoints
{
    public const int DefaultSize = 10;

    public const int MaxSize = 40;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/links/{id:guid}/qr", GetAsync).WithName("getLinkQrCode").WithTags("Links")
            .WithSummary("The link's QR code as PNG or SVG (it encodes the /q/ short link)")
            .RequireReadScope(ApiScopes.Links)
            .Produces(StatusCodes.Status200OK, null, "image/png", "image/svg+xml")
            .AddOpenApiOperationTransformer(DocumentImage)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>The image itself, not a JSON body: each content type's schema is a binary string.</summary>
    private static Task DocumentImage(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        var ok = operation.Responses.TryGetValue("200", out var found) && found is OpenApiResponse response ? response : new OpenApiResponse();
        ok.Description = "The QR code: a PNG (format=png) or an SVG document (format=svg).";
        ok.Content = new Dictionary<string, OpenApiMediaType>
        {
            ["image/png"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            ["image/svg+xml"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
        };
        operation.Responses["200"] = ok;

        return Task.CompletedTask;
    }

    private static async Task<IResult> GetAsync(
        HttpContext http, LinkService links, ShortLinkUrls urls, Guid id,
        [Description(ApiParameterText.QrFormat)] string? format,
        [Description(ApiParameterText.QrSize)] int? size,
        CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var svg = (format?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "png" => false,
            "svg" => true,
            _ => throw ValidationProblem.ForField("format", "format is png or svg."),
        };
        if (size is not null && (svg || size is < 1 or > MaxSize))
        {
            throw ValidationProblem.ForField("size", svg ? "size applies to PNG only: an SVG scales without loss." : $"size is 1 to {MaxSize} pixels per module.");
        }

        var link = await links.GetAsync(api.Caller, api.DomainName, id, cancellationToken);
        var text = urls.Qr(link.ShortCode);
        return svg
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(QrCodes.Svg(text)), "image/svg+xml")
            : TypedResults.File(QrCodes.Png(text, size ?? DefaultSize), "image/png");
    }
}
