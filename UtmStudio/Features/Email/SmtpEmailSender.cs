using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace UtmStudio.Features.Email;

/// <summary>Sends through the configured SMTP server with MailKit: one connection per message (invitations are rare).</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var host = smtp.Host ?? throw new InvalidOperationException($"{SmtpOptions.Section}:Host is not set.");
        using var mail = Compose(smtp, message);
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        await client.ConnectAsync(host, smtp.Port, SocketOptions(smtp.Tls), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mail, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static MimeMessage Compose(SmtpOptions smtp, EmailMessage message)
    {
        var mail = new MimeMessage { Subject = message.Subject, Body = new TextPart(TextFormat.Plain) { Text = message.Body } };
        mail.From.Add(MailboxAddress.Parse(smtp.From));
        mail.To.Add(MailboxAddress.Parse(message.To));
        return mail;
    }

    private static SecureSocketOptions SocketOptions(SmtpTls tls) => tls switch
    {
        SmtpTls.None => SecureSocketOptions.None,
        SmtpTls.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpTls.Auto => SecureSocketOptions.Auto,
        _ => SecureSocketOptions.StartTls,
    };
}
