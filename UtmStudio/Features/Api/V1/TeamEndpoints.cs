using UtmStudio.Features.Api.Authentication;
using UtmStudio.Features.Api.Idempotency;
using UtmStudio.Features.Api.Keys;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Team;

namespace UtmStudio.Features.Api.V1;

/// <summary>
/// /api/v1/members and /api/v1/invitations: the team page, through its services (rule 5). Every change, and the list of
/// invitations, is a manager's: a key whose creator is not a manager now gets the services' refusal, 403 forbidden.
/// </summary>
public static class TeamEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var members = api.MapGroup("/members").WithTags("Team");
        members.MapGet("/", ListMembersAsync).WithName("listMembers").WithSummary("The domain's members and their roles (one page)")
            .RequireReadScope(ApiScopes.Team)
            .Produces<Page<MemberResource>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        members.MapPatch("/{userId:guid}", ChangeRoleAsync).WithName("changeMemberRole").WithSummary("Change a member's role (managers)")
            .RequireWriteScope(ApiScopes.Team)
            .Produces<MemberResource>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        members.MapDelete("/{userId:guid}", RemoveAsync).WithName("removeMember").WithSummary("Remove a member from the domain (managers)")
            .RequireWriteScope(ApiScopes.Team)
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var invitations = api.MapGroup("/invitations").WithTags("Team");
        invitations.MapGet("/", ListInvitationsAsync).WithName("listInvitations").WithSummary("Open invitations (managers; one page)")
            .RequireReadScope(ApiScopes.Team)
            .Produces<Page<InvitationResource>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        invitations.MapPost("/", InviteAsync).WithName("createInvitation").WithSummary("Invite someone by email (managers)")
            .RequireWriteScope(ApiScopes.Team).Idempotent()
            .Produces<InvitationResource>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        invitations.MapPost("/{id:guid}/resend", ResendAsync).WithName("resendInvitation")
            .WithSummary("Send an open invitation again, renewing its expiry (managers)")
            .RequireWriteScope(ApiScopes.Team)
            .Produces<InvitationResource>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status502BadGateway);
        invitations.MapDelete("/{id:guid}", RevokeAsync).WithName("revokeInvitation").WithSummary("Revoke an open invitation (managers)")
            .RequireWriteScope(ApiScopes.Team)
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListMembersAsync(HttpContext http, TeamService team, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var view = await team.GetAsync(api.Caller, api.DomainName, cancellationToken);
        return TypedResults.Ok(new Page<MemberResource>([.. view.Members.Select(MemberResource.From)], null));
    }

    private static async Task<IResult> ChangeRoleAsync(
        HttpContext http, TeamService team, Guid userId, MemberRoleInput input, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        await team.ChangeRoleAsync(api.Caller, api.DomainName, userId, input.Role, cancellationToken);
        var view = await team.GetAsync(api.Caller, api.DomainName, cancellationToken);
        return TypedResults.Ok(MemberResource.From(view.Members.Single(m => m.UserId == userId)));
    }

    private static async Task<IResult> RemoveAsync(HttpContext http, TeamService team, Guid userId, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        await team.RemoveAsync(api.Caller, api.DomainName, userId, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> ListInvitationsAsync(HttpContext http, TeamService team, CancellationToken cancellationToken)
    {
        var view = await ManagersViewAsync(http, team, "its invitations", cancellationToken);
        return TypedResults.Ok(new Page<InvitationResource>([.. view.Invitations.Select(i => InvitationResource.From(i))], null));
    }

    /// <summary>
    /// The team view with what only managers see (invitations, access requests). The service leaves those empty for
    /// anyone else; an empty list would tell a member-level key "none" when the truth is "not yours to see": 403.
    /// </summary>
    internal static async Task<TeamView> ManagersViewAsync(HttpContext http, TeamService team, string what, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        var view = await team.GetAsync(api.Caller, api.DomainName, cancellationToken);
        return view.CanManage ? view : throw new ForbiddenProblem($"Only managers of {view.DomainName} can see {what}.");
    }

    private static async Task<IResult> InviteAsync(
        HttpContext http, InvitationService invitations, TeamService team, InvitationInput input, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        AddMemberResult.Invited invited;
        try
        {
            invited = (AddMemberResult.Invited)await invitations.AddAsync(api.Caller, api.DomainName, input.Email, input.Role, cancellationToken);
        }
        catch (ValidationProblem invalid) when (invalid.Errors.Count == 0)
        {
            throw ValidationProblem.ForField("email", invalid.Message);
        }

        // The service answers with the address and link; the id (to revoke it) is on the team view.
        var view = await team.GetAsync(api.Caller, api.DomainName, cancellationToken);
        var created = view.Invitations.Single(i => string.Equals(i.Email, invited.Email, StringComparison.Ordinal));
        return TypedResults.Created($"{ApiPaths.V1}/invitations/{created.Id}", InvitationResource.From(created, invited.EmailSent));
    }

    /// <summary>The page's "send again": a new expiry and the email again; if the email fails, 502 (the renewal stands).</summary>
    private static async Task<IResult> ResendAsync(
        HttpContext http, InvitationService invitations, TeamService team, Guid id, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        await invitations.ResendAsync(api.Caller, api.DomainName, id, cancellationToken);
        var view = await team.GetAsync(api.Caller, api.DomainName, cancellationToken);
        return TypedResults.Ok(InvitationResource.From(view.Invitations.Single(i => i.Id == id), emailSent: true));
    }

    private static async Task<IResult> RevokeAsync(HttpContext http, InvitationService invitations, Guid id, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Of(http);
        await invitations.RevokeAsync(api.Caller, api.DomainName, id, cancellationToken);
        return TypedResults.NoContent();
    }
}
