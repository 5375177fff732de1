using System.ComponentModel;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Api.Idempotency;
using UtmStudio.Features.Api.Keys;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Api.V1;

/// <summary>/api/v1/campaigns: the campaign board's campaigns, through the same services as the pages.</summary>
public static class CampaignEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/", ListAsync).WithName("listCampaigns").WithSummary("List campaigns, newest first")
            .RequireReadScope(ApiScopes.Campaigns)
            .Produces<Page<CampaignSummary>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        campaigns.MapPost("/", CreateAsync).WithName("createCampaign").WithSummary("Create a campaign")
            .RequireWriteScope(ApiScopes.Campaigns).Idempotent()
            .Produces<CampaignResource>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        campaigns.MapGet("/{id:guid}", GetAsync).WithName("getCampaign").WithSummary("Get a campaign (with its ETag)")
            .RequireReadScope(ApiScopes.Campaigns)
            .Produces<CampaignResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapPut("/{id:guid}", UpdateAsync).WithName("updateCampaign").WithSummary("Replace a campaign's fields (If-Match required)")
            .RequireWriteScope(ApiScopes.Campaigns)
            .Produces<CampaignResource>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        campaigns.MapPost("/{id:guid}/status", ChangeStatusAsync).WithName("changeCampaignStatus")
            .WithSummary("Move a campaign to active, paused or completed (If-Match optional)")
            .RequireWriteScope(ApiScopes.Campaigns)
            .Produces<CampaignResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        campaigns.MapDelete("/{id:guid}", DeleteAsync).WithName("deleteCampaign").WithSummary("Delete a campaign and its links")
            .RequireWriteScope(ApiScopes.Campaigns)
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, CampaignBoardService board,
        [Description(ApiParameterText.CampaignStatus)] string? status,
        [Description(ApiParameterText.CampaignSearch)] string? q,
        [Description(ApiParameterText.CampaignSource)] string? source,
        [Description(ApiParameterText.CampaignObjective)] string? objective,
        [Description(ApiParameterText.CampaignCreator)] Guid? creator,
        [Description(ApiParameterText.CampaignFrom)] DateOnly? from,
        [Description(ApiParameterText.CampaignTo)] DateOnly? to,
        [Description(ApiParameterText.Limit)] int? limit,
        [Description(ApiParameterText.Cursor)] string? cursor,
        CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var size = ApiCursor.Limit(limit);
        var after = ApiCursor.Decode(cursor) is { } position ? new CampaignPageCursor(position.CreatedAt, position.Id) : null;
        var filter = new CampaignBoardFilter(Blank(q), Blank(source), Blank(objective), creator, from, to);
        var page = await board.ListAsync(api.Caller, api.DomainName, filter, ParseStatus(status), after, size, cancellationToken);
        return TypedResults.Ok(new Page<CampaignSummary>([.. page.Items.Select(CampaignSummary.From)],
            page.Next is { } next ? ApiCursor.Encode(next.CreatedAt, next.Id) : null));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, CampaignService campaigns, CampaignInput input, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var created = await campaigns.CreateAsync(api.Caller, api.DomainName, input.ToDraft(), cancellationToken);
        http.Response.Headers.ETag = ApiVersions.ETagOf(created.Version);
        return TypedResults.Created($"{ApiPaths.V1}/campaigns/{created.Id}", CampaignResource.From(created));
    }

    private static async Task<IResult> GetAsync(HttpContext http, CampaignService campaigns, Guid id, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var campaign = await campaigns.GetAsync(api.Caller, api.DomainName, id, cancellationToken);
        return ApiVersions.WithETag(http, campaign.Version, CampaignResource.From(campaign));
    }

    private static async Task<IResult> UpdateAsync(
        HttpContext http, CampaignService campaigns, Guid id, CampaignInput input, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var version = ApiVersions.RequireIfMatch(http.Request);
        try
        {
            var updated = await campaigns.UpdateAsync(api.Caller, api.DomainName, id, input.ToDraft(), version,
                input.LinksOnUtmCampaignChange ?? LinksOnUtmCampaignChange.Ask, cancellationToken);
            return ApiVersions.WithETag(http, updated.Version, CampaignResource.From(updated));
        }
        catch (CampaignChangedProblem changed)
        {
            return ApiVersions.Changed(http, changed.Current.Version, CampaignResource.From(changed.Current));
        }
    }

    private static async Task<IResult> ChangeStatusAsync(
        HttpContext http, CampaignService campaigns, Guid id, CampaignStatusInput input, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        // Without If-Match the move applies to the campaign as it is now: a status is one field, nothing to lose.
        var version = ApiVersions.IfMatch(http.Request)
            ?? (await campaigns.GetAsync(api.Caller, api.DomainName, id, cancellationToken)).Version;
        try
        {
            var moved = await campaigns.ChangeStatusAsync(api.Caller, api.DomainName, id, input.Status, version, cancellationToken);
            return ApiVersions.WithETag(http, moved.Version, CampaignResource.From(moved));
        }
        catch (CampaignChangedProblem changed)
        {
            return ApiVersions.Changed(http, changed.Current.Version, CampaignResource.From(changed.Current));
        }
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, CampaignService campaigns, Guid id, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        await campaigns.DeleteAsync(api.Caller, api.DomainName, id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static CampaignStatus? ParseStatus(string? status) =>
        string.IsNullOrWhiteSpace(status) ? null
        : Enum.TryParse<CampaignStatus>(status.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(status.Trim()[0]) ? parsed
        : throw ValidationProblem.ForField("status", "status is active, paused or completed.");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
