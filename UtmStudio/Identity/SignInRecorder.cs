using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using UtmStudio.Features.Account;
using UtmStudio.Features.Demo;
using Microsoft.Extensions.Options;
using UtmStudio.Features.Subscription;

namespace UtmStudio.Identity;

/// <summary>
/// Runs once per sign-in, after the provider's tokens (and userinfo) are validated: records the user in
/// <c>users</c> and puts our user id into the cookie, or turns the sign-in away with a clear reason.
/// </summary>
public sealed class SignInRecorder(
    UserAccountService accounts, IOptions<SubscriptionOptions> subscription, DemoData demo, ILogger<SignInRecorder> logger)
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

                if (demo.AppliesTo(identity.Email))
                {
                    await demo.EnsureAsync(accepted.UserId, context.HttpContext.RequestAborted);
                }

                // Invitations are not accepted here (rule 5: nobody joins a domain without choosing it): the
                // welcome page, the invitation link and the in-app notice offer them.
                break;
            case SignInSyncResult.Refused refused:
                context.Response.Redirect($"{FailedPath}?reason={Uri.EscapeDataString(refused.Code)}");
                context.HandleResponse();
                break;
        }
    }

    public Task OnRemoteFailure(RemoteFailureContext context)
    {
        var failure = SignInFailure.From(context.Failure);
        if (failure.IsConfigurationProblem)
        {
            // The operator has to act (client ID, secret or redirect URI at the provider); the person cannot.
            logger.LogError(
                "Sign-in failed because the identity provider refused this app's configuration: it answered {ProviderError} ({ProviderDescription}). " +
                "Check Oidc:ClientId, Oidc:ClientSecret and the redirect URI registered at the provider ({Failure})",
                failure.ProviderError ?? "a token that does not fit", failure.ProviderDescription ?? "no description", context.Failure?.Message);
        }
        else
        {
            logger.LogWarning(context.Failure, "Sign-in with the identity provider failed ({Reason}, provider error {ProviderError})",
                failure.Reason, failure.ProviderError ?? "none");
        }

        context.Response.Redirect($"{FailedPath}?reason={failure.Reason}");
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
