using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace UtmStudio.Identity;

/// <summary>
/// Once the app has started, reads the identity provider's discovery document in the background and logs
/// plainly when the authority cannot be reached, serves no OpenID Connect metadata, or names another issuer.
/// It never delays or stops start-up. A wrong client secret cannot be seen from here: the first sign-in shows
/// it (as a configuration problem, on the page and in the log).
/// </summary>
public sealed class IdentityProviderCheck(
    IOptionsMonitor<OpenIdConnectOptions> oidcOptions, IHostApplicationLifetime lifetime, ILogger<IdentityProviderCheck> logger)
    : BackgroundService
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WhenStartedAsync(stoppingToken);
            var options = oidcOptions.Get(OpenIdConnectDefaults.AuthenticationScheme);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(Timeout);
            var problem = await DiscoveryDocument.CheckAsync(options.Backchannel, options.Authority ?? string.Empty, timeout.Token);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (problem is null)
            {
                logger.LogInformation("The identity provider {Authority} answered with a matching discovery document", options.Authority);
            }
            else
            {
                logger.LogError("Sign-in will not work: {Problem}", problem);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the check finished.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Sign-in will not work: the OpenID Connect settings (Oidc:Authority) cannot be used");
        }
    }

    private async Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }
}
