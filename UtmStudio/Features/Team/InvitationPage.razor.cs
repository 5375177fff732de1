using Microsoft.AspNetCore.Components;
using UtmStudio.Features.Domains;
using UtmStudio.Identity;

namespace UtmStudio.Features.Team;

/// <summary>
/// Opening an invitation link while signed in: shows what it offers and lets the person accept or decline it
/// (rule 5: opening a link joins nobody).
/// </summary>
public partial class InvitationPage
{
    private InvitationOutcome? _outcome;
    private string? _signedInAs;
    private bool _hasDomain;
    private Caller _caller = null!;
    private bool _emailVerified;

    [Parameter]
    public string Token { get; set; } = string.Empty;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = null!;

    [Inject]
    private InvitationAcceptance Acceptance { get; set; } = null!;

    [Inject]
    private UserDomains UserDomains { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    /// <summary>
    /// After signing out, sign in again — asking the provider for the sign-in form even if it still has a
    /// session (Clerk would otherwise sign the same account straight back in) — and come back here.
    /// </summary>
    private string ReturnUrl =>
        "/account/login?prompt=login&returnUrl=" + Uri.EscapeDataString(InvitationLinks.PathPrefix + Uri.EscapeDataString(Token));

    protected override async Task OnParametersSetAsync()
    {
        _outcome = null;
        if (!RendererInfo.IsInteractive)
        {
            // The answer buttons need the circuit; the prerender shows the loader only.
            return;
        }

        var principal = await CurrentUser.GetPrincipalAsync();
        _caller = CurrentUser.CallerOf(principal) ?? throw new InvalidOperationException("Invitations require a signed-in user.");
        _signedInAs = principal.FindFirst(AppClaims.Email)?.Value;
        _emailVerified = AppClaims.IsEmailVerified(principal);
        _outcome = await Acceptance.OpenLinkAsync(_caller, Token, _emailVerified, CancellationToken.None);
    }

    private async Task AcceptAsync(MyInvitation invitation)
    {
        var outcome = await Acceptance.AcceptLinkAsync(_caller, invitation.Token, _emailVerified, CancellationToken.None);
        if (outcome is InvitationOutcome.Joined joined)
        {
            await UserDomains.RefreshAsync();
            Navigation.NavigateTo(DomainRoute.For(joined.DomainName) + "?joined=invitation");
            return;
        }

        _outcome = outcome; // closed meanwhile (revoked, expired): say so
    }

    private async Task DeclineAsync(MyInvitation invitation)
    {
        _outcome = await Acceptance.DeclineLinkAsync(_caller, invitation.Token, _emailVerified, CancellationToken.None);
        _hasDomain = (await UserDomains.GetAsync()).Count > 0;
    }
}
