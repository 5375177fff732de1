namespace UtmStudio.Features.Email;

public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends transactional email (invitations). SMTP when configured, else the log.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
