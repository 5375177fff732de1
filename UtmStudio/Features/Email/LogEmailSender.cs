namespace UtmStudio.Features.Email;

/// <summary>
/// No SMTP server configured: nothing is sent, and one line in the log says so and what to do. The message
/// itself is not logged: its body carries the invitation link, a secret that lets anyone join the domain.
/// </summary>
public sealed class LogEmailSender(ILogger<LogEmailSender> logger) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        logger.LogInformation(
            "Email \"{Subject}\" was not sent: no SMTP server is configured ({Setting} is empty). " +
            "Copy the invitation link from the team page and send it yourself, or configure SMTP.",
            message.Subject, SmtpOptions.Section + ":Host");
        return Task.CompletedTask;
    }
}
