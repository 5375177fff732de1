using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns;
using UtmStudio.Features.Links;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Team;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;

namespace UtmStudio.Tests.Integration.Tenancy;

/// <summary>
/// Nobody sees or changes anything of a domain they are not a member of: B's manager calls every service
/// operation on domain A with A's real name and ids (or with their own domain's name and A's ids) and always
/// gets "not found", never data, and A is left exactly as it was.
/// </summary>
public sealed class CrossTenantMatrixTests(TwoTenants world) : IClassFixture<TwoTenants>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly Dictionary<string, Func<TwoTenants, Task>> Calls = new()
    {
        ["DomainService.GetSettingsAsync(A)"] = w => w.App.Domains.GetSettingsAsync(Person(w.BManager), w.A, None),
        ["DomainService.UpdateRedirectTypeAsync(A)"] = w => w.App.Domains.UpdateRedirectTypeAsync(Person(w.BManager), w.A, 301, None),
        ["DomainService.DeleteAsync(A)"] = w => w.App.Domains.DeleteAsync(Person(w.BManager), w.A, w.A, None),
        ["TeamService.GetAsync(A)"] = w => w.App.Team.GetAsync(Person(w.BManager), w.A, None),
        ["TeamService.ChangeRoleAsync(A, member -> manager)"] = w => w.App.Team.ChangeRoleAsync(Person(w.BManager), w.A, w.AMember, MemberRole.Manager, None),
        ["TeamService.ChangeRoleAsync(A, manager -> member)"] = w => w.App.Team.ChangeRoleAsync(Person(w.BManager), w.A, w.AManager, MemberRole.TeamMember, None),
        ["TeamService.ChangeRoleAsync(A, self -> manager)"] = w => w.App.Team.ChangeRoleAsync(Person(w.BManager), w.A, w.BManager, MemberRole.Manager, None),
        ["TeamService.RemoveAsync(A, member)"] = w => w.App.Team.RemoveAsync(Person(w.BManager), w.A, w.AMember, None),
        ["TeamService.RemoveAsync(A, manager)"] = w => w.App.Team.RemoveAsync(Person(w.BManager), w.A, w.AManager, None),
        ["TeamService.LeaveAsync(A)"] = w => w.App.Team.LeaveAsync(Person(w.BManager), w.A, None),
        ["InvitationService.AddAsync(A, new email)"] = w => w.App.Invitations.AddAsync(
            Person(w.BManager), w.A, Unique.Email("intruder"), MemberRole.Manager, None),
        ["InvitationService.AddAsync(A, own email)"] = w => w.App.Invitations.AddAsync(
            Person(w.BManager), w.A, "b@" + w.B, MemberRole.Manager, None),
        ["InvitationService.ResendAsync(A)"] = w => w.App.Invitations.ResendAsync(Person(w.BManager), w.A, w.AInvitationId, None),
        ["InvitationService.RevokeAsync(A)"] = w => w.App.Invitations.RevokeAsync(Person(w.BManager), w.A, w.AInvitationId, None),
        ["AccessRequestService.DecideAsync(A, approve)"] = w => w.App.AccessRequests.DecideAsync(Person(w.BManager), w.A, w.ARequestId, true, None),
        ["AccessRequestService.DecideAsync(A, decline)"] = w => w.App.AccessRequests.DecideAsync(Person(w.BManager), w.A, w.ARequestId, false, None),
        ["AccessRequestService.WithdrawAsync(A's request)"] = w => w.App.AccessRequests.WithdrawAsync(Person(w.BManager), w.ARequestId, None),
        ["AuditService.ListAsync(A)"] = w => w.App.Audit.ListAsync(Person(w.BManager), w.A, None),
        ["OperatorService.ListDomainsAsync"] = w => w.App.Operators.ListDomainsAsync(Person(w.BManager), None),
        ["OperatorService.SetStatusAsync(A)"] = w => w.App.Operators.SetStatusAsync(Person(w.BManager), w.AId, SubscriptionStatus.Inactive, None),

        ["CampaignBoardService.GetAsync(A)"] = w => w.App.Board.GetAsync(Person(w.BManager), w.A, CampaignBoardFilter.None, None),
        ["CampaignBoardService.GetMoreAsync(A)"] = w => w.App.Board.GetMoreAsync(
            Person(w.BManager), w.A, CampaignBoardFilter.None, CampaignStatus.Active, new CampaignPageCursor(DateTimeOffset.MaxValue, Guid.Empty), None),
        ["CampaignBoardService.GetSuggestionsAsync(A)"] = w => w.App.Board.GetSuggestionsAsync(Person(w.BManager), w.A, None),
        ["CampaignService.GetAsync(A)"] = w => w.App.Campaigns.GetAsync(Person(w.BManager), w.A, w.ACampaignId, None),
        ["CampaignService.CreateAsync(A)"] = w => w.App.Campaigns.CreateAsync(Person(w.BManager), w.A, CampaignDraft.New("Intruder") with { Source = "x", Objective = "y" }, None),
        ["CampaignService.UpdateAsync(A)"] = w => w.App.Campaigns.UpdateAsync(Person(w.BManager), w.A, w.ACampaignId,
            CampaignDraft.New("Taken over") with { Source = "x", Objective = "y" }, 0, LinksOnUtmCampaignChange.Update, None),
        ["CampaignService.ChangeStatusAsync(A)"] = w => w.App.Campaigns.ChangeStatusAsync(Person(w.BManager), w.A, w.ACampaignId, CampaignStatus.Completed, 0, None),
        ["CampaignService.GetDeletionImpactAsync(A)"] = w => w.App.Campaigns.GetDeletionImpactAsync(Person(w.BManager), w.A, w.ACampaignId, None),
        ["CampaignService.DeleteAsync(A)"] = w => w.App.Campaigns.DeleteAsync(Person(w.BManager), w.A, w.ACampaignId, None),
        ["CampaignService.GetActivityAsync(A)"] = w => w.App.Campaigns.GetActivityAsync(Person(w.BManager), w.A, w.ACampaignId, None),
        ["LinkBuilderService.GetContextAsync(A)"] = w => w.App.LinkBuilder.GetContextAsync(Person(w.BManager), w.A, None),
        ["LinkService.GetAsync(A)"] = w => w.App.Links.GetAsync(Person(w.BManager), w.A, w.ALinkId, None),
        ["LinkService.CreateAsync(A)"] = w => w.App.Links.CreateAsync(Person(w.BManager), w.A, IntruderLink(w.ACampaignId, w.A), None),
        ["LinkService.UpdateAsync(A)"] = w => w.App.Links.UpdateAsync(Person(w.BManager), w.A, w.ALinkId, IntruderLink(w.ACampaignId, w.A), 0, None),
        ["LinkService.DeleteAsync(A)"] = w => w.App.Links.DeleteAsync(Person(w.BManager), w.A, w.ALinkId, None),
        ["LinkTemplateService.SaveAsync(A)"] = w => w.App.LinkTemplates.SaveAsync(Person(w.BManager), w.A, "Newsletter", IntruderLink(w.ACampaignId, w.A), None),
        ["LinkTemplateService.DeleteAsync(A)"] = w => w.App.LinkTemplates.DeleteAsync(Person(w.BManager), w.A, w.ATemplateId, None),

        // The caller's own domain with A's ids: ids of another domain are not found either.
        ["TeamService.ChangeRoleAsync(B, A's member)"] = w => w.App.Team.ChangeRoleAsync(Person(w.BManager), w.B, w.AMember, MemberRole.Manager, None),
        ["TeamService.RemoveAsync(B, A's member)"] = w => w.App.Team.RemoveAsync(Person(w.BManager), w.B, w.AMember, None),
        ["InvitationService.ResendAsync(B, A's invitation)"] = w => w.App.Invitations.ResendAsync(Person(w.BManager), w.B, w.AInvitationId, None),
        ["InvitationService.RevokeAsync(B, A's invitation)"] = w => w.App.Invitations.RevokeAsync(Person(w.BManager), w.B, w.AInvitationId, None),
        ["CampaignService.GetAsync(B, A's campaign)"] = w => w.App.Campaigns.GetAsync(Person(w.BManager), w.B, w.ACampaignId, None),
        ["CampaignService.UpdateAsync(B, A's campaign)"] = w => w.App.Campaigns.UpdateAsync(Person(w.BManager), w.B, w.ACampaignId,
            CampaignDraft.New("Taken over") with { Source = "x", Objective = "y" }, 0, LinksOnUtmCampaignChange.Update, None),
        ["CampaignService.ChangeStatusAsync(B, A's campaign)"] = w => w.App.Campaigns.ChangeStatusAsync(Person(w.BManager), w.B, w.ACampaignId, CampaignStatus.Paused, 0, None),
        ["CampaignService.DeleteAsync(B, A's campaign)"] = w => w.App.Campaigns.DeleteAsync(Person(w.BManager), w.B, w.ACampaignId, None),
        ["CampaignService.GetActivityAsync(B, A's campaign)"] = w => w.App.Campaigns.GetActivityAsync(Person(w.BManager), w.B, w.ACampaignId, None),
        ["LinkService.GetAsync(B, A's link)"] = w => w.App.Links.GetAsync(Person(w.BManager), w.B, w.ALinkId, None),
        ["LinkService.CreateAsync(B, A's campaign)"] = w => w.App.Links.CreateAsync(Person(w.BManager), w.B, IntruderLink(w.ACampaignId, w.B), None),
        ["LinkService.UpdateAsync(B, A's link)"] = w => w.App.Links.UpdateAsync(Person(w.BManager), w.B, w.ALinkId, IntruderLink(w.BCampaignId, w.B), 0, None),
        ["LinkService.UpdateAsync(B, A's link into A's campaign)"] = w => w.App.Links.UpdateAsync(Person(w.BManager), w.B, w.ALinkId, IntruderLink(w.ACampaignId, w.B), 0, None),
        ["LinkService.DeleteAsync(B, A's link)"] = w => w.App.Links.DeleteAsync(Person(w.BManager), w.B, w.ALinkId, None),
        ["LinkTemplateService.DeleteAsync(B, A's template)"] = w => w.App.LinkTemplates.DeleteAsync(Person(w.BManager), w.B, w.ATemplateId, None),
        ["AccessRequestService.DecideAsync(B, A's request)"] = w => w.App.AccessRequests.DecideAsync(Person(w.BManager), w.B, w.ARequestId, true, None),
    };

    public static TheoryData<string> Operations => [.. Calls.Keys];

    /// <summary>A valid link on the named domain, so only the domain and the ids decide the answer.</summary>
    private static LinkDraft IntruderLink(Guid campaignId, string domain) => new(campaignId, $"https://{domain}/x", "intruder", "email");

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Another_domains_manager_gets_not_found_and_changes_nothing(string operation)
    {
        var problem = await Assert.ThrowsAsync<NotFoundProblem>(() => Calls[operation](world));

        Assert.Equal(ErrorCodes.NotFound, problem.Code);
        Assert.DoesNotContain(world.A, problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(world.AManagerEmail, problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(world.ASnapshot, await world.Database.SnapshotAsync(world.A));
        Assert.Empty(world.App.Email.SentTo("b@" + world.B));
    }

    [Fact]
    public async Task The_ids_used_are_real_ones_that_As_own_manager_sees()
    {
        var team = await world.App.Team.GetAsync(Person(world.AManager), world.A, None);

        Assert.Equal(world.AId, (await world.App.Domains.GetSettingsAsync(Person(world.AManager), world.A, None)).Id);
        Assert.Equal([world.AManager, world.AMember], team.Members.OrderBy(m => m.Role == MemberRole.TeamMember).Select(m => m.UserId));
        Assert.Equal(world.AInvitationId, Assert.Single(team.Invitations).Id);
        Assert.Equal(world.ARequestId, Assert.Single(team.AccessRequests).Id);
        Assert.NotEmpty(await world.App.Audit.ListAsync(Person(world.AManager), world.A, None));
        Assert.Equal("Spring sale", (await world.App.Campaigns.GetAsync(Person(world.AManager), world.A, world.ACampaignId, None)).Name);
    }

    [Fact]
    public async Task Another_domains_manager_lists_only_their_own_domain_and_requests()
    {
        Assert.Equal([world.B], (await world.App.Domains.ListMineAsync(Person(world.BManager), None)).Select(d => d.Name));
        Assert.Empty(await world.App.AccessRequests.ListMineAsync(Person(world.BManager), None));
        var team = await world.App.Team.GetAsync(Person(world.BManager), world.B, None);
        Assert.Equal([world.BManager], team.Members.Select(m => m.UserId));
        Assert.DoesNotContain(team.Invitations, i => i.Id == world.AInvitationId);
        Assert.DoesNotContain(team.AccessRequests, r => r.Id == world.ARequestId);
        Assert.All(await world.App.Audit.ListAsync(Person(world.BManager), world.B, None),
            row => Assert.DoesNotContain(world.A, row.Details, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Another_accounts_invitation_link_only_names_the_invited_email_partly_and_joins_nothing()
    {
        var outcome = await world.App.Acceptance.AcceptLinkAsync(Person(world.BManager), world.AInvitationToken, emailVerified: true, None);

        var other = Assert.IsType<InvitationOutcome.OtherEmail>(outcome);
        Assert.StartsWith("in…@", other.MaskedEmail, StringComparison.Ordinal);
        Assert.Equal(world.ASnapshot, await world.Database.SnapshotAsync(world.A));
    }
}
