using UtmStudio.Data.Entities;
using UtmStudio.Features.Team;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Tenancy;

/// <summary>
/// Two companies in one database, arranged once for a test class. Each domain has a row in every tenant table:
/// A has its manager and a team member, B its manager only; each has an open invitation, a pending access
/// request (from people in neither domain), a campaign with a link, a link template, and audit entries.
/// </summary>
public sealed class TwoTenants : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public AppServices App { get; private set; } = null!;

    public string A { get; } = Unique.Domain("acme");

    public string B { get; } = Unique.Domain("bolt");

    public Guid AId { get; private set; }

    public Guid AManager { get; private set; }

    public Guid AMember { get; private set; }

    public string AManagerEmail { get; private set; } = string.Empty;

    public Guid AInvitationId { get; private set; }

    public string AInvitationToken { get; private set; } = string.Empty;

    public Guid ARequestId { get; private set; }

    /// <summary>The person (in neither domain) whose access request to A is pending.</summary>
    public Guid ARequester { get; private set; }

    /// <summary>A's campaign (with one link), made by A's team member.</summary>
    public Guid ACampaignId { get; private set; }

    /// <summary>The link of A's campaign.</summary>
    public Guid ALinkId { get; private set; }

    /// <summary>A's link template.</summary>
    public Guid ATemplateId { get; private set; }

    /// <summary>B's campaign, to point A's ids at from B's own domain.</summary>
    public Guid BCampaignId { get; private set; }

    public Guid BManager { get; private set; }

    public Guid BId { get; private set; }

    /// <summary>A's state after arranging, to compare with after each attempt from B.</summary>
    public string ASnapshot { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        App = new AppServices(Database);
        AManagerEmail = Unique.Email("a", A);
        AManager = await App.SignUpAsync(AManagerEmail, A);
        AMember = await App.AddMemberAsync(AManager, A, Unique.Email("member", A));
        var invited = Assert.IsType<AddMemberResult.Invited>(
            await App.Invitations.AddAsync(Person(AManager), A, Unique.Email("invited", A), MemberRole.TeamMember, AppServices.None));
        AInvitationToken = invited.Link[(invited.Link.LastIndexOf('/') + 1)..];
        ARequester = await App.SignInAsync(Unique.Email("requester"));
        ARequestId = (await App.AccessRequests.RequestAsync(Person(ARequester), A, AppServices.None)).Id;
        var team = await App.Team.GetAsync(Person(AManager), A, AppServices.None);
        AId = team.DomainId;
        AInvitationId = Assert.Single(team.Invitations).Id;
        (ACampaignId, ALinkId, ATemplateId) = await Database.InsertCampaignWithLinkAsync(AId, AMember);

        BManager = await App.SignUpAsync(Unique.Email("b", B), B);
        BId = (await App.Domains.GetSettingsAsync(Person(BManager), B, AppServices.None)).Id;
        await App.Invitations.AddAsync(Person(BManager), B, Unique.Email("invited", B), MemberRole.TeamMember, AppServices.None);
        await App.AccessRequests.RequestAsync(Person(await App.SignInAsync(Unique.Email("asks-b"))), B, AppServices.None);
        BCampaignId = (await Database.InsertCampaignWithLinkAsync(BId, BManager)).CampaignId;
        ASnapshot = await Database.SnapshotAsync(A);
    }

    public Task DisposeAsync() => Database.DisposeAsync();
}
