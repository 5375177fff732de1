namespace UtmStudio.Features.Api.V1;

/// <summary>
/// The endpoints of /api/v1, one file per resource group. To add a group: write its <c>Map(RouteGroupBuilder)</c>
/// (scopes with RequireReadScope/RequireWriteScope, then Idempotent() on creates, Produces/ProducesProblem for the
/// document) and add it to <see cref="Groups"/>. Every endpoint of the group needs a valid API key (ApiSetup.Policy).
/// </summary>
public static class ApiV1
{
    public static readonly IReadOnlyList<Action<RouteGroupBuilder>> Groups =
    [
        ProfileEndpoints.Map,
        CampaignEndpoints.Map,
        LinkEndpoints.Map,
        TemplateEndpoints.Map,
        DomainEndpoints.Map,
        TeamEndpoints.Map,
        AccessRequestEndpoints.Map,
        AnalyticsEndpoints.Map,
        QrEndpoints.Map,
    ];

    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup(ApiPaths.V1)
            .RequireAuthorization(ApiSetup.Policy)
            .DisableAntiforgery() // a bearer key is not sent by browsers on their own: there is no cross-site request to forge
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        foreach (var map in Groups)
        {
            map(v1);
        }

        return v1;
    }
}
