using System.ComponentModel;
using UtmStudio.Features.Analytics;
using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Api.Keys;

namespace UtmStudio.Features.Api.V1;

/// <summary>
/// Analytics of the domain, a campaign or a link: the analytics pages' report (AnalyticsService, from the rollups
/// only). Another domain's campaign or link is 404, as everywhere.
/// </summary>
public static class AnalyticsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        // The domain's report spans every campaign and link, so no single resource scope covers it: "read" only.
        // (RequireWriteScope is "exactly this scope"; nothing is written.)
        Document(api.MapGet("/analytics", DomainAsync).WithName("getDomainAnalytics").WithSummary("The domain's clicks: totals, series, top campaigns and links, breakdowns")
            .RequireWriteScope(ApiScopes.Read));
        Document(api.MapGet("/campaigns/{id:guid}/analytics", CampaignAsync).WithName("getCampaignAnalytics").WithSummary("A campaign's clicks")
            .RequireReadScope(ApiScopes.Campaigns).ProducesProblem(StatusCodes.Status404NotFound));
        Document(api.MapGet("/links/{id:guid}/analytics", LinkAsync).WithName("getLinkAnalytics").WithSummary("A link's clicks")
            .RequireReadScope(ApiScopes.Links).ProducesProblem(StatusCodes.Status404NotFound));
    }

    private static Task<IResult> DomainAsync(
        HttpContext http, AnalyticsService analytics,
        [Description(ApiParameterText.AnalyticsRange)] string? range,
        [Description(ApiParameterText.AnalyticsFrom)] string? from,
        [Description(ApiParameterText.AnalyticsTo)] string? to,
        [Description(ApiParameterText.AnalyticsBots)] string? bots,
        CancellationToken cancellationToken) =>
        ReportAsync(http, analytics, AnalyticsScope.Domain, range, from, to, bots, cancellationToken);

    private static Task<IResult> CampaignAsync(
        HttpContext http, AnalyticsService analytics, Guid id,
        [Description(ApiParameterText.AnalyticsRange)] string? range,
        [Description(ApiParameterText.AnalyticsFrom)] string? from,
        [Description(ApiParameterText.AnalyticsTo)] string? to,
        [Description(ApiParameterText.AnalyticsBots)] string? bots,
        CancellationToken cancellationToken) =>
        ReportAsync(http, analytics, AnalyticsScope.Campaign(id), range, from, to, bots, cancellationToken);

    private static Task<IResult> LinkAsync(
        HttpContext http, AnalyticsService analytics, Guid id,
        [Description(ApiParameterText.AnalyticsRange)] string? range,
        [Description(ApiParameterText.AnalyticsFrom)] string? from,
        [Description(ApiParameterText.AnalyticsTo)] string? to,
        [Description(ApiParameterText.AnalyticsBots)] string? bots,
        CancellationToken cancellationToken) =>
        ReportAsync(http, analytics, AnalyticsScope.Link(id), range, from, to, bots, cancellationToken);

    private static async Task<IResult> ReportAsync(
        HttpContext http, AnalyticsService analytics, AnalyticsScope scope, string? range, string? from, string? to, string? bots,
        CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var filter = AnalyticsQuery.Parse(range, from, to, bots);
        var report = await analytics.GetReportAsync(api.Caller, api.DomainName, scope, filter, cancellationToken);
        return TypedResults.Ok(AnalyticsResource.From(report));
    }

    private static void Document(RouteHandlerBuilder endpoint) => endpoint.WithTags("Analytics")
        .Produces<AnalyticsResource>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
}
