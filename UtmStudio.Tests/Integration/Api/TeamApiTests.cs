using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Api.V1;
using UtmStudio.Features.Email;
using UtmStudio.Features.Team;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Campaigns;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>/api/v1/members and /api/v1/invitations (resend too) over HTTP: each endpoint's success and its documented refusals.</summary>
public sealed class TeamApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Members_are_listed_with_their_roles()
    {
        var (domain, key) = await ArrangeAsync();

        using var response = await _api.SendAsync(HttpMethod.Get, "/api/v1/members", key);
        var page = await response.ReadAsync<Page<MemberResource>>();

        Assert.Equal([(domain.Ada, MemberRole.Manager), (domain.Tom, MemberRole.TeamMember)],
            page.Items.Select(m => (m.UserId, m.Role)).OrderBy(m => m.Role == MemberRole.TeamMember));
        Assert.Null(page.NextCursor);
        Assert.Contains("\"role\":\"team_member\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_is_created_listed_and_revoked_and_the_same_address_twice_is_409()
    {
        var (domain, key) = await ArrangeAsync();
        var email = Unique.Email("grace", domain.Name);

        using var created = await _api.SendAsync(HttpMethod.Post, "/api/v1/invitations", key, new InvitationInput(email, MemberRole.Manager));
        var invitation = await created.ReadAsync<InvitationResource>(HttpStatusCode.Created);
        using var again = await _api.SendAsync(HttpMethod.Post, "/api/v1/invitations", key, new InvitationInput(email));
        using var member = await _api.SendAsync(HttpMethod.Post, "/api/v1/invitations", key,
            new InvitationInput((await App.Team.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).Members.Single(m => m.UserId == domain.Tom).Email));
        using var invalid = await _api.SendAsync(HttpMethod.Post, "/api/v1/invitations", key, new InvitationInput("not an email"));
        using var listed = await _api.SendAsync(HttpMethod.Get, "/api/v1/invitations", key);
        var open = await listed.ReadAsync<Page<InvitationResource>>();
        using var revoked = await _api.SendAsync(HttpMethod.Delete, $"/api/v1/invitations/{invitation.Id}", key);
        using var twice = await _api.SendAsync(HttpMethod.Delete, $"/api/v1/invitations/{invitation.Id}", key);

        Assert.Equal((email, MemberRole.Manager, true), (invitation.Email, invitation.Role, invitation.EmailSent));
        Assert.Equal($"/api/v1/invitations/{invitation.Id}", created.Headers.Location?.OriginalString);
        Assert.Contains("/invitations/", invitation.Link, StringComparison.Ordinal);
        await again.ProblemAsync(409, "team.already_invited");
        await member.ProblemAsync(409, "team.already_member");
        Assert.True((await invalid.ProblemAsync(400, "validation.failed")).GetProperty("errors").TryGetProperty("email", out _));
        Assert.Equal([invitation.Id], open.Items.Select(i => i.Id));
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await twice.ProblemAsync(404, "not_found");
        Assert.Empty((await App.Team.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).Invitations);
    }

    [Fact]
    public async Task An_invitation_is_resent_with_a_new_expiry_and_a_revoked_or_unknown_one_is_404()
    {
        var (domain, key) = await ArrangeAsync();
        var email = Unique.Email("grace", domain.Name);
        var before = await InviteAsync(domain, email);
        var revokedId = (await InviteAsync(domain, Unique.Email("gone", domain.Name))).Id;
        await App.Invitations.RevokeAsync(Person(domain.Ada), domain.Name, revokedId, AppServices.None);
        var sender = (RecordingEmailSender)_api.Services.GetRequiredService<IEmailSender>();

        using var resent = await _api.SendAsync(HttpMethod.Post, $"/api/v1/invitations/{before.Id}/resend", key);
        using var revoked = await _api.SendAsync(HttpMethod.Post, $"/api/v1/invitations/{revokedId}/resend", key);
        using var unknown = await _api.SendAsync(HttpMethod.Post, $"/api/v1/invitations/{Guid.NewGuid()}/resend", key);

        var after = await resent.ReadAsync<InvitationResource>();
        Assert.Equal((before.Id, email, true), (after.Id, after.Email, after.EmailSent));
        Assert.True(after.LastSentAt > before.LastSentAt, $"{after.LastSentAt:O} after {before.LastSentAt:O}");
        Assert.True(after.ExpiresAt > before.ExpiresAt);
        Assert.Single(sender.SentTo(email));
        await revoked.ProblemAsync(404, "not_found");
        await unknown.ProblemAsync(404, "not_found");
    }

    [Fact]
    public async Task Resending_is_409_while_the_domain_is_read_only_and_502_when_the_email_fails_with_the_renewal_kept()
    {
        var (domain, key) = await ArrangeAsync();
        var invitation = await InviteAsync(domain, Unique.Email("grace", domain.Name));
        await using var failingMail = await new ApiHost(database, email: new FailingEmailSender()).StartAsync();

        using var failed = await failingMail.SendAsync(HttpMethod.Post, $"/api/v1/invitations/{invitation.Id}/resend", key);
        var renewed = (await App.Team.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).Invitations.Single();
        await database.SetInactiveAsync(domain.Name);
        using var readOnly = await _api.SendAsync(HttpMethod.Post, $"/api/v1/invitations/{invitation.Id}/resend", key);

        Assert.Contains("was renewed", (await failed.ProblemAsync(502, "email.not_sent")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(renewed.LastSentAt > invitation.LastSentAt);
        await readOnly.ProblemAsync(409, "domain.read_only");
    }

    [Fact]
    public async Task A_retried_invitation_with_the_same_idempotency_key_gets_the_first_answer_and_invites_once()
    {
        var (domain, key) = await ArrangeAsync();
        var input = new InvitationInput(Unique.Email("retry", domain.Name));
        var retryKey = Guid.NewGuid().ToString();

        using var first = await _api.SendAsync(HttpMethod.Post, "/api/v1/invitations", key, input, h => h.Add("Idempotency-Key", retryKey));
        using var retry = await _api.SendAsync(HttpMethod.Post, "/api/v1/invitations", key, input, h => h.Add("Idempotency-Key", retryKey));

        var created = await first.ReadAsync<InvitationResource>(HttpStatusCode.Created);
        Assert.Equal(created.Id, (await retry.ReadAsync<InvitationResource>(HttpStatusCode.Created)).Id);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Single((await App.Team.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).Invitations);
    }

    [Fact]
    public async Task A_role_changes_and_the_last_manager_is_kept()
    {
        var (domain, key) = await ArrangeAsync();

        using var promoted = await _api.SendAsync(HttpMethod.Patch, $"/api/v1/members/{domain.Tom}", key, new MemberRoleInput(MemberRole.Manager));
        using var demoted = await _api.SendAsync(HttpMethod.Patch, $"/api/v1/members/{domain.Tom}", key, new MemberRoleInput(MemberRole.TeamMember));
        using var last = await _api.SendAsync(HttpMethod.Patch, $"/api/v1/members/{domain.Ada}", key, new MemberRoleInput(MemberRole.TeamMember));
        using var unknown = await _api.SendAsync(HttpMethod.Patch, $"/api/v1/members/{Guid.NewGuid()}", key, new MemberRoleInput(MemberRole.Manager));
        using var bad = await _api.SendAsync(HttpMethod.Patch, $"/api/v1/members/{domain.Tom}", key, "{\"role\":\"owner\"}");

        Assert.Equal(MemberRole.Manager, (await promoted.ReadAsync<MemberResource>()).Role);
        Assert.Equal(MemberRole.TeamMember, (await demoted.ReadAsync<MemberResource>()).Role);
        await last.ProblemAsync(409, "team.last_manager");
        await unknown.ProblemAsync(404, "not_found");
        await bad.ProblemAsync(400, "request.invalid");
    }

    [Fact]
    public async Task A_member_is_removed_but_not_the_keys_own_creator()
    {
        var (domain, key) = await ArrangeAsync();

        using var removed = await _api.SendAsync(HttpMethod.Delete, $"/api/v1/members/{domain.Tom}", key);
        using var again = await _api.SendAsync(HttpMethod.Delete, $"/api/v1/members/{domain.Tom}", key);
        using var self = await _api.SendAsync(HttpMethod.Delete, $"/api/v1/members/{domain.Ada}", key);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await again.ProblemAsync(404, "not_found");
        await self.ProblemAsync(422, "team.remove_self");
        await using var db = database.CreateOwnerContext();
        Assert.False(await db.Memberships.AnyAsync(m => m.UserId == domain.Tom && m.Domain!.DomainName == domain.Name));
    }

    [Fact]
    public async Task A_member_level_key_reads_members_but_every_manager_operation_is_403_and_changes_nothing()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var invitation = await App.Invitations.AddAsync(Person(domain.Ada), domain.Name, Unique.Email("ivy", domain.Name), MemberRole.TeamMember, AppServices.None);
        var invitationId = (await App.Team.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).Invitations.Single().Id;
        var key = await App.MemberLevelKeyAsync(domain, "team");

        using var members = await _api.SendAsync(HttpMethod.Get, "/api/v1/members", key);
        using var list = await _api.SendAsync(HttpMethod.Get, "/api/v1/invitations", key);
        using var invite = await _api.SendAsync(HttpMethod.Post, "/api/v1/invitations", key, new InvitationInput(Unique.Email("eve", domain.Name)));
        using var revoke = await _api.SendAsync(HttpMethod.Delete, $"/api/v1/invitations/{invitationId}", key);
        using var resend = await _api.SendAsync(HttpMethod.Post, $"/api/v1/invitations/{invitationId}/resend", key);
        using var role = await _api.SendAsync(HttpMethod.Patch, $"/api/v1/members/{domain.Tom}", key, new MemberRoleInput(MemberRole.TeamMember));
        using var remove = await _api.SendAsync(HttpMethod.Delete, $"/api/v1/members/{domain.Tom}", key);

        Assert.Equal(2, (await members.ReadAsync<Page<MemberResource>>()).Items.Count);
        foreach (var refused in new[] { list, invite, revoke, resend, role, remove })
        {
            await refused.ProblemAsync(403, "forbidden");
        }

        var team = await App.Team.GetAsync(Person(domain.Tom), domain.Name, AppServices.None);
        Assert.Equal(MemberRole.Manager, team.Members.Single(m => m.UserId == domain.Tom).Role);
        Assert.Equal([invitationId], team.Invitations.Select(i => i.Id));
        Assert.NotNull(invitation);
    }

    [Fact]
    public async Task Without_the_team_scope_reads_need_read_and_changes_are_403_naming_team()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        var links = (await App.CreateKeyAsync(domain.Ada, domain.Name, "links")).Key;
        var read = (await App.CreateKeyAsync(domain.Ada, domain.Name, "read")).Key;

        using var list = await _api.SendAsync(HttpMethod.Get, "/api/v1/members", links);
        using var invite = await _api.SendAsync(HttpMethod.Post, "/api/v1/invitations", read, new InvitationInput(Unique.Email("eve", domain.Name)));
        using var readMembers = await _api.SendAsync(HttpMethod.Get, "/api/v1/members", read);
        using var resend = await _api.SendAsync(HttpMethod.Post, $"/api/v1/invitations/{Guid.NewGuid()}/resend", read);

        Assert.Equal(["read", "team"], (await list.ProblemAsync(403, "auth.scope_missing")).GetProperty("requiredScopes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("team", (await invite.ProblemAsync(403, "auth.scope_missing")).GetProperty("missingScope").GetString());
        Assert.Equal("team", (await resend.ProblemAsync(403, "auth.scope_missing")).GetProperty("missingScope").GetString());
        Assert.Equal(HttpStatusCode.OK, readMembers.StatusCode);
        Assert.Empty((await App.Team.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).Invitations);
    }

    /// <summary>An open invitation, as the team view shows it (with its id).</summary>
    private async Task<PendingInvitation> InviteAsync(CampaignDomain domain, string email)
    {
        await App.Invitations.AddAsync(Person(domain.Ada), domain.Name, email, MemberRole.TeamMember, AppServices.None);
        return (await App.Team.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).Invitations.Single(i => i.Email == email);
    }

    private sealed class FailingEmailSender : IEmailSender
    {
        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
            throw new System.Net.Mail.SmtpException("mail server unavailable");
    }

    private async Task<(CampaignDomain Domain, string Key)> ArrangeAsync()
    {
        var domain = await CampaignDomain.CreateAsync(App);
        return (domain, (await App.CreateKeyAsync(domain.Ada, domain.Name, "team")).Key);
    }
}
