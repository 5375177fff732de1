using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Api.Keys;
using UtmStudio.Features.Team;

namespace UtmStudio.Features.Api.V1;

/// <summary>
/// /api/v1/access-requests: people who asked to join the domain, answered as on the team page, through its services
/// (rule 3). Listing and answering are managers' (403 forbidden for a member-level key). Approving is a write (409
/// domain.read_only while inactive); the person joins as a team member, as on the page, which asks for no role.
/// </summary>
public static class AccessRequestEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/access-requests").WithTags("Team");
        requests.MapGet("/", ListAsync).WithName("listAccessRequests").WithSummary("People waiting for access (managers; one page, oldest first)")
            .RequireReadScope(ApiScopes.Team)
            .Produces<Page<AccessRequestResource>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapPost("/{id:guid}/approve", ApproveAsync).WithName("approveAccessRequest")
            .WithSummary("Approve a request: the person joins as a team member (managers)")
            .RequireWriteScope(ApiScopes.Team)
            .Produces<MemberResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapPost("/{id:guid}/decline", DeclineAsync).WithName("declineAccessRequest")
            .WithSummary("Decline a request: the person does not join (managers)")
            .RequireWriteScope(ApiScopes.Team)
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(HttpContext http, TeamService team, CancellationToken cancellationToken)
    {
        var view = await TeamEndpoints.ManagersViewAsync(http, team, "its access requests", cancellationToken);
        return TypedResults.Ok(new Page<AccessRequestResource>([.. view.AccessRequests.Select(AccessRequestResource.From)], null));
    }

    private static async Task<IResult> ApproveAsync(
        HttpContext http, AccessRequestService requests, TeamService team, Guid id, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var userId = await requests.DecideAsync(api.Caller, api.DomainName, id, approve: true, cancellationToken);
        var view = await team.GetAsync(api.Caller, api.DomainName, cancellationToken);
        return TypedResults.Ok(MemberResource.From(view.Members.Single(m => m.UserId == userId)));
    }

    private static async Task<IResult> DeclineAsync(HttpContext http, AccessRequestService requests, Guid id, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        await requests.DecideAsync(api.Caller, api.DomainName, id, approve: false, cancellationToken);
        return TypedResults.NoContent();
    }
}
