using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using UtmStudio.Features.Email;

namespace UtmStudio.Tests.Unit.Email;

public sealed class LogEmailSenderTests
{
    [Fact]
    public async Task Without_smtp_one_line_says_what_to_do_and_the_invitation_link_stays_out_of_the_log()
    {
        var logger = new FakeLogger<LogEmailSender>();
        var message = new EmailMessage("new.hire@acme.test", "You're invited to acme.test on UtmStudio",
            "Accept: https://utm.example.test/invitations/secret-token-123");

        await new LogEmailSender(logger).SendAsync(message, CancellationToken.None);

        var line = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.DoesNotContain('\n', line.Message);
        Assert.Contains("was not sent", line.Message);
        Assert.Contains("Email:Smtp:Host", line.Message);
        Assert.Contains("Copy the invitation link from the team page", line.Message);
        Assert.DoesNotContain("secret-token-123", line.Message);
        Assert.DoesNotContain("new.hire@acme.test", line.Message);
    }
}
