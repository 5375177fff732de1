using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Api.Idempotency;
using UtmStudio.Features.Api.Keys;
using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Bulk;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Tracking;

namespace UtmStudio.Features.Api.V1;

/// <summary>
/// POST /api/v1/links/bulk: many links in one call through the bulk page's import (LinkBulkService.ImportAsync), so
/// every row is built by the same LinkBuilder against the conventions, written in one batch, with one audit entry.
/// Each item answers for itself: created, duplicate (with the link that has the URL) or invalid (with its errors).
/// </summary>
public static class LinkBulkEndpoints
{
    public const int MaxItems = 1000;

    /// <summary>The bulk builder names a row's campaign problem "campaign" (a cell); the API's items name the campaign by campaignId.</summary>
    private const string CampaignField = "campaign";

    private const string CampaignIdField = "campaignId";

    public static void Map(RouteGroupBuilder links) =>
        links.MapPost("/bulk", CreateAsync).WithName("createLinks")
            .WithSummary("Create up to 1,000 links in one call, with a result per item (created, duplicate or invalid)")
            .RequireWriteScope(ApiScopes.Links).Idempotent()
            .Produces<LinkBulkResult>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> CreateAsync(
        HttpContext http, LinkBulkService bulk, ShortLinkUrls urls, LinkBulkInput input, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var rows = input.ToRows();
        var summary = await bulk.ImportAsync(api.Caller, api.DomainName, campaignId: null, rows, progress: null, cancellationToken);
        var links = await bulk.LinksAsync(api.Caller, api.DomainName,
            [.. summary.Rows.Where(r => r.Status != BulkRowStatus.Rejected).Select(r => r.FullUrl!)], cancellationToken);
        // Which item created each URL, so a later item with the same URL can name it.
        var createdBy = summary.Rows.Where(r => r.Status == BulkRowStatus.Ready).ToDictionary(r => r.FullUrl!, r => r.RowNumber, StringComparer.Ordinal);
        var items = summary.Rows.Select(r => Item(r, links, createdBy, urls)).ToList();
        return TypedResults.Ok(new LinkBulkResult(summary.Created, summary.Duplicates, summary.Rejected, items));
    }

    private static LinkBulkItem Item(
        BulkRow row, IReadOnlyDictionary<string, LinkDetails> links, IReadOnlyDictionary<string, int> createdBy, ShortLinkUrls urls)
    {
        var link = row.FullUrl is { } url && links.TryGetValue(url, out var found) ? LinkResource.From(found, urls.Link) : null;
        switch (row.Status)
        {
            case BulkRowStatus.Ready:
                return new LinkBulkItem(row.RowNumber, LinkBulkStatus.Created, link, null, null, null);
            case BulkRowStatus.Duplicate:
                var detail = createdBy.TryGetValue(row.FullUrl!, out var first)
                    ? $"The same link as item {first} (only that one is created)."
                    : link is null ? "A link with exactly this URL exists already." : $"A link with exactly this URL exists already, in the campaign {link.CampaignName}.";
                return new LinkBulkItem(row.RowNumber, LinkBulkStatus.Duplicate, link, ErrorCodes.LinkDuplicate, detail, null);
            default:
                var unknownCampaign = row.Campaign is null;
                var errors = row.Problems.ToDictionary(
                    p => p.Key == CampaignField ? CampaignIdField : p.Key,
                    p => new[] { p.Key == CampaignField ? "No campaign of this domain has this id." : p.Value.Replace(LinkInput.TagComma, ',') });
                return new LinkBulkItem(row.RowNumber, LinkBulkStatus.Invalid, null, unknownCampaign ? ErrorCodes.NotFound : ErrorCodes.ValidationFailed,
                    "The link is not ready to save: " + string.Join(" ", errors.Values.Select(v => v[0])), errors);
        }
    }
}
