using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using UtmStudio.Features.Account;
using Microsoft.Extensions.Options;
using UtmStudio.Features.Subscription;
using UtmStudio.Features.Team;

namespace UtmStudio.Identity;

/// <summary>
/// Runs once per sign-in, after the provider's tokens (and userinfo) are validated: records the user in
/// <c>users</c> and puts our user id into the cookie, or turns the sign-in away with a clear reason.
/// </summary>
public sealed class SignInRecorder(
    UserAccountService accounts, InvitationAcceptance invitations, IOptions<SubscriptionOptions> subscription, ILogger<SignInRecorder> logger)
{
    public const string FailedPath = "/account/signin-failed";

    public async Task OnTicketReceivedAsync(TicketReceivedContext context)
    {
        var principal = context.Principal ?? throw new InvalidOperationException("The sign-in has no principal.");
        var subject = principal.FindFirst(AppClaims.Subject);
        var identity = new ExternalIdentity(
            Issuer: subject?.Issuer ?? string.Empty,
            Subject: subject?.Value ?? string.Empty,
            Email: principal.FindFirstValue(AppClaims.Email),
            DisplayName: principal.FindFirstValue(AppClaims.Name) ?? JoinNames(principal),
            EmailVerified: AppClaims.IsEmailVerified(principal));

        var result = await accounts.SyncOnSignInAsync(identity, context.HttpContext.RequestAborted);
        switch (result)
        {
            case SignInSyncResult.Accepted accepted:
                var claims = (ClaimsIdentity)principal.Identity!;
                claims.AddClaim(new Claim(AppClaims.UserId, accepted.UserId.ToString()));
                if (OperatorIdentity.Matches(subscription.Value, identity.Email, identity.EmailVerified))
                {
                    claims.AddClaim(new Claim(AppClaims.Operator, "true"));
                }

                await AcceptInvitationsAsync(context, principal, accepted.UserId);
                break;
            case SignInSyncResult.Refused refused:
                context.Response.Redirect($"{FailedPath}?reason={Uri.EscapeDataString(refused.Code)}");
                context.HandleResponse();
                break;
        }
    }

    /// <summary>Signing in with an invited, provider-verified email accepts the invitation (with a notice).</summary>
    private async Task AcceptInvitationsAsync(TicketReceivedContext context, ClaimsPrincipal principal, Guid userId)
    {
        try
        {
            var joined = await invitations.AcceptAllForAsync(new Caller.User(userId), AppClaims.IsEmailVerified(principal), context.HttpContext.RequestAborted);
            if (joined.Count > 0)
            {
                context.ReturnUri = $"/d/{Uri.EscapeDataString(joined[0])}?joined=invitation";
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Signing in must not fail because of an invitation; the welcome page still offers it.
            logger.LogWarning(ex, "Accepting invitations at sign-in failed");
        }
    }

    public Task OnRemoteFailure(RemoteFailureContext context)
    {
        logger.LogWarning(context.Failure, "Sign-in with the identity provider failed");
        context.Response.Redirect(FailedPath);
        context.HandleResponse();
        return Task.CompletedTask;
    }

    /// <summary>Clerk sends given_name/family_name rather than name for some accounts.</summary>
    private static string? JoinNames(ClaimsPrincipal principal)
    {
        var joined = $"{principal.FindFirstValue("given_name")} {principal.FindFirstValue("family_name")}".Trim();
        return joined.Length > 0 ? joined : null;
    }
}
