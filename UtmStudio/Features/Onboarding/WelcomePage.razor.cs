using Microsoft.AspNetCore.Components;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Team;
using UtmStudio.Identity;

namespace UtmStudio.Features.Onboarding;

/// <summary>
/// Rule 3: someone who belongs to no domain chooses one here — an invitation offered to them, a domain of their
/// own, or asking to join their team's. Nothing is chosen for them.
/// </summary>
public partial class WelcomePage
{
    private Caller _caller = null!;
    private string? _suggested;
    private string? _taken;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = null!;

    [Inject]
    private UserDomains UserDomains { get; set; } = null!;

    [Inject]
    private InvitationAcceptance Invitations { get; set; } = null!;

    [Inject]
    private AccessRequestService AccessRequests { get; set; } = null!;

    [Inject]
    private DomainService Domains { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>Carried from the prerender into the interactive render, so the page does not flash a loader.</summary>
    [PersistentState]
    public WelcomeState? State { get; set; }

    private bool Loading => State is null;

    protected override async Task OnInitializedAsync()
    {
        _caller = await CurrentUser.GetCallerAsync() ?? throw new InvalidOperationException("Signed-in page.");
        var email = (await CurrentUser.GetPrincipalAsync()).FindFirst(AppClaims.Email)?.Value ?? string.Empty;
        _suggested = PublicMailProviders.CompanyDomainOf(email);
        if (State is not null)
        {
            return;
        }

        if ((await UserDomains.GetAsync()).Count > 0)
        {
            Navigation.NavigateTo("/dashboard", replace: true);
            return;
        }

        await ReloadAsync();
    }

    private async Task ReloadAsync() => State = new WelcomeState(
        await Invitations.ListMineAsync(_caller, CancellationToken.None),
        await AccessRequests.ListMineAsync(_caller, CancellationToken.None),
        await AccessRequests.ListRecentlyDeclinedAsync(_caller, CancellationToken.None));

    private async Task AcceptAsync(MyInvitation invitation)
    {
        var verified = AppClaims.IsEmailVerified(await CurrentUser.GetPrincipalAsync());
        switch (await Invitations.AcceptLinkAsync(_caller, invitation.Token, verified, CancellationToken.None))
        {
            case InvitationOutcome.Joined joined:
                await EnterAsync(joined.DomainName, "invitation");
                break;
            case InvitationOutcome.Unusable unusable:
                Snackbar.Add(unusable.Reason, Severity.Warning);
                await ReloadAsync();
                break;
        }
    }

    private async Task DeclineAsync(MyInvitation invitation)
    {
        var verified = AppClaims.IsEmailVerified(await CurrentUser.GetPrincipalAsync());
        switch (await Invitations.DeclineLinkAsync(_caller, invitation.Token, verified, CancellationToken.None))
        {
            case InvitationOutcome.Declined declined:
                Snackbar.Add($"You declined the invitation to {declined.DomainName}.", Severity.Info);
                break;
            case InvitationOutcome.Unusable unusable:
                Snackbar.Add(unusable.Reason, Severity.Warning);
                break;
        }

        await ReloadAsync();
    }

    private async Task WithdrawAsync(MyAccessRequest request)
    {
        if (await Snackbar.TryAsync(() => AccessRequests.WithdrawAsync(_caller, request.Id, CancellationToken.None),
                $"Your request to join {request.DomainName} was withdrawn."))
        {
            await ReloadAsync();
        }
    }

    private async Task CreateAsync(string typedName)
    {
        _taken = null;
        try
        {
            var created = await Domains.CreateAsync(_caller, typedName, CancellationToken.None);
            await EnterAsync(created.Name, "created");
        }
        catch (RuleProblem problem) when (problem.Code == ErrorCodes.DomainTaken)
        {
            // Rule 3: an existing domain is not joined by naming it; its managers are asked instead.
            _taken = DomainName.Normalize(typedName).Value;
        }
        catch (Exception exception) when (DatabaseProblems.Translate(exception) is { } problem)
        {
            Snackbar.Add(problem.Message, Severity.Warning);
        }
    }

    /// <summary>Asks a domain's managers for access; a refusal (limits, unknown domain) is shown as a message.</summary>
    private async Task<bool> RequestAccessAsync(string typedName)
    {
        if (!await Snackbar.TryAsync(() => AccessRequests.RequestAsync(_caller, typedName, CancellationToken.None),
                "Request sent. The domain's managers will answer; meanwhile you can set up your own domain."))
        {
            return false;
        }

        _taken = null;
        await ReloadAsync();
        return true;
    }

    private async Task EnterAsync(string domainName, string how)
    {
        await UserDomains.RefreshAsync();
        Navigation.NavigateTo(DomainRoute.For(domainName) + "?joined=" + how);
    }
}
