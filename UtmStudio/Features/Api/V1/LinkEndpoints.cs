using System.ComponentModel;
using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Api.Idempotency;
using UtmStudio.Features.Api.Keys;
using UtmStudio.Features.Links;
using UtmStudio.Features.Links.Lists;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Tracking;

namespace UtmStudio.Features.Api.V1;

/// <summary>/api/v1/links: the UTM builder and the link lists, through the same services as the pages.</summary>
public static class LinkEndpoints
{
    public const string ExistingKey = "existing";

    public static void Map(RouteGroupBuilder api)
    {
        var links = api.MapGroup("/links").WithTags("Links");
        links.MapGet("/", ListAsync).WithName("listLinks").WithSummary("List links, newest first, filtered")
            .RequireReadScope(ApiScopes.Links)
            .Produces<Page<LinkResource>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        links.MapPost("/", CreateAsync).WithName("createLink").WithSummary("Create a link (the exact same URL twice is link.duplicate)")
            .RequireWriteScope(ApiScopes.Links).Idempotent()
            .Produces<LinkResource>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        LinkBulkEndpoints.Map(links);
        LinkExportEndpoints.Map(links);
        links.MapPost("/preview", PreviewAsync).WithName("previewLink").WithSummary("Compose a link's URL and GA4 channel without saving it")
            .RequireReadScope(ApiScopes.Links)
            .Produces<LinkPreviewResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        links.MapGet("/{id:guid}", GetAsync).WithName("getLink").WithSummary("Get a link (with its ETag)")
            .RequireReadScope(ApiScopes.Links)
            .Produces<LinkResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        links.MapPut("/{id:guid}", UpdateAsync).WithName("updateLink").WithSummary("Replace a link's values (If-Match required)")
            .RequireWriteScope(ApiScopes.Links)
            .Produces<LinkResource>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        links.MapDelete("/{id:guid}", DeleteAsync).WithName("deleteLink").WithSummary("Delete a link (its short link answers 410 Gone)")
            .RequireWriteScope(ApiScopes.Links)
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, LinkListService lists, ShortLinkUrls urls,
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
        [Description(ApiParameterText.Limit)] int? limit,
        [Description(ApiParameterText.Cursor)] string? cursor,
        CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var size = ApiCursor.Limit(limit);
        var after = ApiCursor.Decode(cursor) is { } position ? new LinkPageCursor(position.CreatedAt, position.Id) : null;
        var filter = Filter(q, campaign, source, medium, content, term, channel, tag, creator, from, to);
        var page = await lists.GetAfterAsync(api.Caller, api.DomainName, filter, after, size, cancellationToken);
        return TypedResults.Ok(new Page<LinkResource>([.. page.Rows.Select(l => LinkResource.From(l, urls.Link))],
            page.Next is { } next ? ApiCursor.Encode(next.CreatedAt, next.Id) : null));
    }

    /// <summary>listLinks' filters (the export takes the same): blanks are no filter, a channel that is not one is refused.</summary>
    internal static LinkListFilter Filter(
        string? q, Guid? campaign, string? source, string? medium, string? content, string? term, string? channel, string? tag, Guid? creator,
        DateOnly? from, DateOnly? to)
    {
        var ga4 = Blank(channel) is { } named
            ? Ga4ChannelStorage.ReadOrNull(named) ?? throw ValidationProblem.ForField("channel", "Not a GA4 channel: use paid_social, email, organic_search, …")
            : (Links.Channels.Ga4Channel?)null;
        return new LinkListFilter(Blank(q), campaign, Blank(source), Blank(medium), Blank(content), Blank(term), ga4, creator, Blank(tag), from, to);
    }

    private static async Task<IResult> CreateAsync(
        HttpContext http, LinkService links, ShortLinkUrls urls, LinkInput input, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var saved = await links.CreateAsync(api.Caller, api.DomainName, input.ToDraft(), cancellationToken);
        if (saved.IsDuplicate)
        {
            return Duplicate(saved.Link, urls);
        }

        http.Response.Headers.ETag = ApiVersions.ETagOf(saved.Link.Version);
        return TypedResults.Created($"{ApiPaths.V1}/links/{saved.Link.Id}", LinkResource.From(saved.Link, urls.Link));
    }

    private static async Task<IResult> PreviewAsync(HttpContext http, LinkBuilderService builder, LinkInput input, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        return TypedResults.Ok(LinkPreviewResource.From(await builder.PreviewAsync(api.Caller, api.DomainName, input.ToDraft(), cancellationToken)));
    }

    private static async Task<IResult> GetAsync(HttpContext http, LinkService links, ShortLinkUrls urls, Guid id, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var link = await links.GetAsync(api.Caller, api.DomainName, id, cancellationToken);
        return ApiVersions.WithETag(http, link.Version, LinkResource.From(link, urls.Link));
    }

    private static async Task<IResult> UpdateAsync(
        HttpContext http, LinkService links, ShortLinkUrls urls, Guid id, LinkInput input, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var version = ApiVersions.RequireIfMatch(http.Request);
        try
        {
            var updated = await links.UpdateAsync(api.Caller, api.DomainName, id, input.ToDraft(), version, cancellationToken);
            return ApiVersions.WithETag(http, updated.Version, LinkResource.From(updated, urls.Link));
        }
        catch (LinkChangedProblem changed)
        {
            return ApiVersions.Changed(http, changed.Current.Version, LinkResource.From(changed.Current, urls.Link));
        }
        catch (LinkDuplicateProblem duplicate)
        {
            return Duplicate(duplicate.Existing, urls);
        }
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, LinkService links, Guid id, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        await links.DeleteAsync(api.Caller, api.DomainName, id, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Rule 7: 409 link.duplicate, with the link that already has this URL (<c>existing</c>).</summary>
    private static IResult Duplicate(LinkDetails existing, ShortLinkUrls urls)
    {
        var details = ApiVersions.Problem(new LinkDuplicateProblem(existing));
        details.Extensions[ExistingKey] = LinkResource.From(existing, urls.Link);
        return TypedResults.Problem(details);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
