using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using UtmStudio.Features.Domains;
using UtmStudio.Identity;

namespace UtmStudio.Features.Team;

/// <summary>Shows the signed-in person's open invitations above every page (the layout places it), to accept or decline.</summary>
public partial class InvitationNotice
{
    /// <summary>Pages that offer the invitations themselves (relative paths, no leading slash).</summary>
    private static readonly string[] OfferedByPage = ["welcome", InvitationLinks.PathPrefix.TrimStart('/')];

    [Inject]
    private InvitationAcceptance Acceptance { get; set; } = null!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = null!;

    [Inject]
    private UserDomains UserDomains { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>Carried from the prerender into the interactive render: the notice does not pop in late.</summary>
    [PersistentState]
    public List<MyInvitation>? Invitations { get; set; }

    private bool Visible => Invitations is { Count: > 0 }
        && !OfferedByPage.Any(p => Navigation.ToBaseRelativePath(Navigation.Uri).StartsWith(p, StringComparison.OrdinalIgnoreCase));

    protected override async Task OnInitializedAsync()
    {
        Navigation.LocationChanged += OnLocationChanged;
        if (Invitations is null)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        var caller = await CurrentUser.GetCallerAsync();
        Invitations = caller is null ? [] : [.. await Acceptance.ListMineAsync(caller, CancellationToken.None)];
    }

    /// <summary>Invitations arrive while a tab is open: look again on every page the person opens.</summary>
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(async () =>
    {
        try
        {
            await LoadAsync();
            StateHasChanged();
        }
        catch (Exception ex)
        {
            // Hand the failure to the error boundary instead of losing it (or the circuit).
            await DispatchExceptionAsync(ex);
        }
    });

    private async Task AcceptAsync(MyInvitation invitation)
    {
        var (caller, verified) = await WhoAsync();
        switch (await Acceptance.AcceptLinkAsync(caller, invitation.Token, verified, CancellationToken.None))
        {
            case InvitationOutcome.Joined joined:
                await UserDomains.RefreshAsync();
                Navigation.NavigateTo(DomainRoute.For(joined.DomainName) + "?joined=invitation");
                break;
            case InvitationOutcome.Unusable unusable:
                Snackbar.Add(unusable.Reason, Severity.Warning);
                break;
        }

        await LoadAsync();
    }

    private async Task DeclineAsync(MyInvitation invitation)
    {
        var (caller, verified) = await WhoAsync();
        switch (await Acceptance.DeclineLinkAsync(caller, invitation.Token, verified, CancellationToken.None))
        {
            case InvitationOutcome.Declined declined:
                Snackbar.Add($"You declined the invitation to {declined.DomainName}.", Severity.Info);
                break;
            case InvitationOutcome.Unusable unusable:
                Snackbar.Add(unusable.Reason, Severity.Warning);
                break;
        }

        await LoadAsync();
    }

    private async Task<(Caller Caller, bool EmailVerified)> WhoAsync()
    {
        var principal = await CurrentUser.GetPrincipalAsync();
        var caller = CurrentUser.CallerOf(principal) ?? throw new InvalidOperationException("Invitations require a signed-in user.");
        return (caller, AppClaims.IsEmailVerified(principal));
    }

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
