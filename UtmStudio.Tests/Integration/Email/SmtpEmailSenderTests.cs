using MailKit.Security;
using Microsoft.Extensions.Options;
using UtmStudio.Features.Email;
using UtmStudio.Tests.Infrastructure.Email;

namespace UtmStudio.Tests.Integration.Email;

/// <summary>The MailKit sender in a real SMTP conversation with a server on loopback.</summary>
public sealed class SmtpEmailSenderTests
{
    private static readonly EmailMessage Invitation = new(
        "new.hire@acme.test", "You're invited to acme.test on UtmStudio",
        "Ada invited you to acme.test.\n\nAccept: https://utm.example.test/invitations/tok-123\n\nÜmlauts and emoji stay intact: ✓");

    [Fact]
    public async Task A_message_arrives_with_its_recipient_subject_body_and_sender()
    {
        await using var server = LoopbackSmtpServer.Open();
        var sender = Sender(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Tls = SmtpTls.None, From = "UtmStudio <no-reply@utm.example.test>" });

        await sender.SendAsync(Invitation, CancellationToken.None);

        var mail = await server.FirstMailAsync();
        Assert.Equal(["new.hire@acme.test"], mail.EnvelopeTo);
        Assert.Equal("no-reply@utm.example.test", mail.EnvelopeFrom);
        Assert.Equal("new.hire@acme.test", Assert.Single(mail.Message.To.Mailboxes).Address);
        Assert.Equal("UtmStudio", Assert.Single(mail.Message.From.Mailboxes).Name);
        Assert.Equal(Invitation.Subject, mail.Message.Subject);
        Assert.Equal(Invitation.Body, mail.Message.TextBody?.TrimEnd().ReplaceLineEndings("\n"));
        Assert.Null(mail.SignedInAs);
    }

    [Fact]
    public async Task Configured_credentials_sign_in_before_sending()
    {
        await using var server = LoopbackSmtpServer.WithAccount("utmstudio", "s3cret");
        var sender = Sender(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Tls = SmtpTls.None, UserName = "utmstudio", Password = "s3cret" });

        await sender.SendAsync(Invitation, CancellationToken.None);

        Assert.Equal("utmstudio", (await server.FirstMailAsync()).SignedInAs);
    }

    [Fact]
    public async Task Wrong_credentials_fail_the_send_instead_of_dropping_the_message_silently()
    {
        await using var server = LoopbackSmtpServer.WithAccount("utmstudio", "s3cret");
        var sender = Sender(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Tls = SmtpTls.None, UserName = "utmstudio", Password = "wrong" });

        await Assert.ThrowsAsync<AuthenticationException>(() => sender.SendAsync(Invitation, CancellationToken.None));

        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task By_default_a_server_that_offers_no_starttls_gets_nothing_no_password_and_no_mail()
    {
        // What a man in the middle who strips STARTTLS from the greeting looks like: the default refuses to go on in plain text.
        await using var server = LoopbackSmtpServer.WithAccount("utmstudio", "s3cret");
        var settings = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, UserName = "utmstudio", Password = "s3cret" };
        Assert.Equal(SmtpTls.StartTls, settings.Tls);

        await Assert.ThrowsAsync<NotSupportedException>(() => Sender(settings).SendAsync(Invitation, CancellationToken.None));

        Assert.Empty(server.Received);
    }

    private static SmtpEmailSender Sender(SmtpOptions options) => new(Options.Create(options));
}
