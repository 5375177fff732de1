using Microsoft.AspNetCore.Components;
using UtmStudio.Features.Domains;
using UtmStudio.Identity;

namespace UtmStudio.Features.Team;

/// <summary>Opening an invitation link while signed in: joins the domain when the link is for the signed-in email.</summary>
public partial class InvitationPage
{
    private InvitationOutcome? _outcome;
    private string? _signedInAs;

    [Parameter]
    public string Token { get; set; } = string.Empty;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = null!;

    [Inject]
    private InvitationAcceptance Acceptance { get; set; } = null!;

    [Inject]
    private UserDomains UserDomains { get; set; } = null!;

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
            // Accepting changes data: do it once, in the interactive render, not also in the prerender.
            return;
        }

        var principal = await CurrentUser.GetPrincipalAsync();
        var caller = CurrentUser.CallerOf(principal) ?? throw new InvalidOperationException("Invitations require a signed-in user.");
        _signedInAs = principal.FindFirst(AppClaims.Email)?.Value;
        var emailVerified = AppClaims.IsEmailVerified(principal);

        _outcome = await Acceptance.AcceptLinkAsync(caller, Token, emailVerified, CancellationToken.None);
        if (_outcome is InvitationOutcome.Joined)
        {
            await UserDomains.RefreshAsync();
        }
    }
}
