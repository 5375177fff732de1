using Microsoft.AspNetCore.Components;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Email;

namespace UtmStudio.Features.Team;

public partial class TeamPage
{
    private TeamView? _view;
    private bool _isSignupDomain;
    private bool _busy;

    [Inject]
    private TeamService Team { get; set; } = null!;

    [Inject]
    private InvitationService Invitations { get; set; } = null!;

    [Inject]
    private AccessRequestService AccessRequests { get; set; } = null!;

    [Inject]
    private UserDomains UserDomains { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private IEmailSender EmailSender { get; set; } = null!;

    private bool EmailIsLogged => EmailSender is LogEmailSender;

    private string DomainName => _view?.DomainName ?? Domain;

    /// <summary>The loaded team, carried from the prerender into the interactive render.</summary>
    [PersistentState]
    public TeamView? PersistedView
    {
        get => _view;
        set => _view = value;
    }

    protected override async Task LoadAsync()
    {
        _view = await Team.GetAsync(Caller, Domain, CancellationToken.None);
        await RestoredAsync();
    }

    protected override bool HasDataFor(string domain) => SameDomain(_view?.DomainName, domain);

    protected override async Task RestoredAsync()
    {
        var mine = await UserDomains.GetAsync();
        _isSignupDomain = mine.Any(d => d.IsSignupDomain && SameDomain(d.Name, _view!.DomainName));
    }

    private async Task<AddMemberResult?> AddAsync(string email, MemberRole role)
    {
        AddMemberResult? result = null;
        await RunAsync(async () => result = await Invitations.AddAsync(Caller, Domain, email, role, CancellationToken.None));
        StateHasChanged(); // called by the form, not as an event of this page: show the new invitation
        return result;
    }

    private Task ChangeRoleAsync((TeamMember Member, MemberRole Role) change) =>
        RunAsync(() => Team.ChangeRoleAsync(Caller, Domain, change.Member.UserId, change.Role, CancellationToken.None),
            $"{change.Member.Name} is now {(change.Role == MemberRole.Manager ? "a manager" : "a team member")}.");

    private async Task RemoveAsync(TeamMember member)
    {
        if (await Dialogs.ConfirmAsync("Remove from team", $"Remove {member.Name} ({member.Email}) from {DomainName}?", "Remove",
                "They lose access to its campaigns and links at once. You can add them again later."))
        {
            await RunAsync(() => Team.RemoveAsync(Caller, Domain, member.UserId, CancellationToken.None),
                $"{member.Name} was removed from {DomainName}.");
        }
    }

    private Task ResendAsync(PendingInvitation invitation) =>
        RunAsync(() => Invitations.ResendAsync(Caller, Domain, invitation.Id, CancellationToken.None),
            EmailIsLogged
                ? $"Invitation for {invitation.Email} renewed. Email isn't set up on this server — copy the invitation link and send it yourself."
                : $"Invitation sent to {invitation.Email} again.");

    private async Task RevokeAsync(PendingInvitation invitation)
    {
        if (await Dialogs.ConfirmAsync("Revoke invitation", $"Revoke the invitation for {invitation.Email}?", "Revoke",
                "Its link stops working at once. You can invite them again later."))
        {
            await RunAsync(() => Invitations.RevokeAsync(Caller, Domain, invitation.Id, CancellationToken.None),
                $"The invitation for {invitation.Email} was revoked.");
        }
    }

    private async Task DecideAsync((PendingAccessRequest Request, bool Approve) decision)
    {
        var (request, approve) = decision;
        if (!approve && !await Dialogs.ConfirmAsync("Decline request", $"Decline the request from {request.Email}?", "Decline",
                $"They won't join {DomainName}. You can still add them later by email."))
        {
            return;
        }

        await RunAsync(() => AccessRequests.DecideAsync(Caller, Domain, request.Id, approve, CancellationToken.None),
            approve ? $"{request.Email} joined {DomainName} as a team member." : $"The request from {request.Email} was declined.");
    }

    private async Task LeaveAsync()
    {
        var name = DomainName;
        if (!await Dialogs.ConfirmAsync("Leave domain", $"Leave {name}?", "Leave",
                "You lose access to its campaigns and links at once. A manager can add you again later."))
        {
            return;
        }

        _busy = true;
        var left = await Snackbar.TryAsync(() => Team.LeaveAsync(Caller, Domain, CancellationToken.None), $"You left {name}.");
        _busy = false;
        if (left)
        {
            await UserDomains.RefreshAsync();
            Navigation.NavigateTo("/dashboard");
        }
    }

    /// <summary>Runs an action (a refusal is shown as a snackbar), then shows the team as it is now.</summary>
    private async Task RunAsync(Func<Task> action, string? success = null)
    {
        _busy = true;
        try
        {
            await Snackbar.TryAsync(action, success);
            await Snackbar.TryAsync(LoadAsync);
        }
        finally
        {
            _busy = false;
        }
    }
}
