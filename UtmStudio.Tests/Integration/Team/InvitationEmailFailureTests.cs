using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Email;
using UtmStudio.Features.Team;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Features.Shared;

namespace UtmStudio.Tests.Integration.Team;

/// <summary>A mail server that fails must not undo an invitation: the manager can still copy its link.</summary>
public sealed class InvitationEmailFailureTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task An_invitation_stands_when_its_email_cannot_be_sent_and_says_so()
    {
        var app = new AppServices(database);
        var domain = Unique.Domain("mailfail");
        var manager = await app.SignUpAsync(Unique.Email("boss"), domain);
        var invitations = new InvitationService(database.AppFactory, new FailingSender(), Options.Create(new InvitationOptions()),
            TimeProvider.System, app.PublicUrl, NullLogger<InvitationService>.Instance);

        var result = await invitations.AddAsync(Person(manager), domain, "new.hire@mailfail.test", MemberRole.TeamMember, AppServices.None);

        var invited = Assert.IsType<AddMemberResult.Invited>(result);
        Assert.False(invited.EmailSent);
        var team = await app.Team.GetAsync(Person(manager), domain, AppServices.None);
        var pending = Assert.Single(team.Invitations);
        Assert.Equal(invited.Link, pending.Link);

        await ProblemAssert.RefusedAsync(ErrorCodes.EmailNotSent,
            () => invitations.ResendAsync(Person(manager), domain, pending.Id, AppServices.None));
    }

    private sealed class FailingSender : IEmailSender
    {
        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
            throw new System.Net.Mail.SmtpException("mail server unavailable");
    }
}
