namespace UtmStudio.Features.Email;

/// <summary>
/// No SMTP configured: the message goes to the application log (managers can always copy invitation links).
/// Error tracking only takes warnings and errors as breadcrumbs, so this never reaches Sentry.
/// </summary>
public sealed class LogEmailSender(ILogger<LogEmailSender> logger) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        logger.LogInformation("Email not sent (no SMTP configured). To: {To}; Subject: {Subject}\n{Body}",
            message.To, message.Subject, message.Body);
        return Task.CompletedTask;
    }
}
