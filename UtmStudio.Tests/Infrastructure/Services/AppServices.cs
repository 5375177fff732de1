using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Account;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Subscription;
using UtmStudio.Features.Team;
using UtmStudio.Tests.Infrastructure.Database;

namespace UtmStudio.Tests.Infrastructure.Services;

/// <summary>
/// The application's services as the app wires them, connected as the app role to a test database,
/// with a recording email sender and a clock the test may move. Also creates people the way sign-in does.
/// </summary>
public sealed class AppServices(TestDatabase database, TimeProvider? time = null, SubscriptionOptions? subscription = null)
{
    public const string Issuer = "https://clerk.example.test";

    public static readonly Uri BaseUri = new("https://utmstudio.test/");

    public static readonly CancellationToken None = CancellationToken.None;

    public TimeProvider Time { get; } = time ?? TimeProvider.System;

    public RecordingEmailSender Email { get; } = new();

    public SubscriptionOptions SubscriptionOptions { get; } = subscription ?? new SubscriptionOptions();

    public DomainService Domains => new(database.AppFactory, Options.Create(SubscriptionOptions), Time);

    public PublicUrl PublicUrl { get; } = new(BaseUri);

    public TeamService Team => new(database.AppFactory, Time, PublicUrl);

    public InvitationService Invitations => new(database.AppFactory, Email, Options.Create(new InvitationOptions()), Time, PublicUrl, NullLogger<InvitationService>.Instance);

    public InvitationAcceptance Acceptance => new(database.AppFactory, Time);

    public AccessRequestService AccessRequests => new(database.AppFactory, Time);

    public AuditService Audit => new(database.AppFactory);

    public OperatorService Operators => new(database.AppFactory, Options.Create(SubscriptionOptions), Time);

    public TrialExpiry TrialExpiry => new(database.AppFactory, Time, NullLogger<TrialExpiry>.Instance);

    public UserAccountService Accounts => new(database.AppFactory, NullLogger<UserAccountService>.Instance);

    /// <summary>A first sign-in with this email: the user exists and belongs to no domain yet.</summary>
    public async Task<Guid> SignInAsync(string email, string? name = null)
    {
        var result = await Accounts.SyncOnSignInAsync(new ExternalIdentity(Issuer, "sub-" + email, email, name, EmailVerified: true), None);
        return Assert.IsType<SignInSyncResult.Accepted>(result).UserId;
    }

    /// <summary>A new user who signs up with a new domain, and so manages it.</summary>
    public async Task<Guid> SignUpAsync(string email, string domainName)
    {
        var userId = await SignInAsync(email);
        await Domains.CreateAsync(Person(userId), domainName, None);
        return userId;
    }

    /// <summary>A new user whom a manager of the domain invites, and who accepts by opening the link.</summary>
    public async Task<Guid> AddMemberAsync(Guid managerId, string domainName, string email, MemberRole role = MemberRole.TeamMember)
    {
        var userId = await SignInAsync(email);
        var invited = Assert.IsType<AddMemberResult.Invited>(await Invitations.AddAsync(Person(managerId), domainName, email, role, None));
        var token = invited.Link[(invited.Link.LastIndexOf('/') + 1)..];
        Assert.IsType<InvitationOutcome.Joined>(await Acceptance.AcceptLinkAsync(Person(userId), token, emailVerified: true, None));
        return userId;
    }
}
