using System.Net;
using Microsoft.EntityFrameworkCore;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Api.V1;
using UtmStudio.Tests.Infrastructure.Database;
using UtmStudio.Tests.Infrastructure.Services;
using UtmStudio.Tests.Integration.Links;

namespace UtmStudio.Tests.Integration.Api;

/// <summary>
/// A key of domain B, with every scope, against every /api/v1 endpoint with domain A's ids: always 404, and nothing
/// of A changes. The endpoints come from the routing table, so a new endpoint fails this test until it is probed.
/// </summary>
public sealed class ApiCrossTenantTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    /// <summary>Endpoints that take no id of anything: nothing of another domain can be named through them.</summary>
    private static readonly HashSet<string> WithoutIds =
        [
            "GET /api/v1/profile", "GET /api/v1/campaigns", "POST /api/v1/campaigns", "GET /api/v1/links",
            "GET /api/v1/domain", "PATCH /api/v1/domain", "GET /api/v1/domain/conventions", "PUT /api/v1/domain/conventions",
            "GET /api/v1/members", "GET /api/v1/invitations", "POST /api/v1/invitations", "GET /api/v1/analytics",
            "GET /api/v1/links/export", "GET /api/v1/templates", "POST /api/v1/templates", "GET /api/v1/access-requests",
        ];

    /// <summary>Answered per item: another domain's campaign id in an item makes that item not_found (checked below).</summary>
    private const string BulkCreate = "POST /api/v1/links/bulk";

    private ApiHost _api = null!;

    private AppServices App => field ??= new(database);

    public async Task InitializeAsync() => _api = await new ApiHost(database).StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_key_of_domain_b_gets_404_for_every_id_of_domain_a_and_changes_nothing()
    {
        var a = await LinkDomain.CreateAsync(App);
        var aLink = (await App.Links.CreateAsync(Person(a.Tom), a.Name, a.Draft("secret"), AppServices.None)).Link;
        var aCampaign = await App.Campaigns.GetAsync(Person(a.Ada), a.Name, a.CampaignId, AppServices.None);
        var b = await LinkDomain.CreateAsync(App);
        var bKey = (await App.CreateKeyAsync(b.Ada, b.Name, "read", "links", "campaigns", "team")).Key;
        var invitation = await InviteAsync(a);
        var template = await App.LinkTemplates.SaveAsync(Person(a.Ada), a.Name, "Secret", a.Draft(), AppServices.None);
        var request = await RequestAccessAsync(a);
        var before = await SnapshotAsync(a.Name);

        var probed = new List<string>();
        foreach (var (method, route) in ApiEndpoints.Mapped(_api.Services))
        {
            var name = $"{method} {route}";
            // The public documentation (the OpenAPI document and its reference page) names nothing of any domain.
            if (WithoutIds.Contains(name) || name == BulkCreate || route == Features.Api.ApiPaths.OpenApiDocument || route.StartsWith(Features.Api.ApiPaths.Reference, StringComparison.Ordinal))
            {
                continue;
            }

            var (path, body, etag) = route switch
            {
                "/api/v1/campaigns/{id}" => ($"/api/v1/campaigns/{a.CampaignId}", (object)new CampaignInput("Taken over", "x", "y"), aCampaign.Version),
                "/api/v1/campaigns/{id}/status" => ($"/api/v1/campaigns/{a.CampaignId}/status", new CampaignStatusInput(CampaignStatus.Completed), aCampaign.Version),
                "/api/v1/links/{id}" => ($"/api/v1/links/{aLink.Id}", new LinkInput(a.CampaignId, $"https://{a.Name}/x", "a", "b"), aLink.Version),
                "/api/v1/links" or "/api/v1/links/preview" => (route, new LinkInput(a.CampaignId, $"https://{a.Name}/x", "a", "b"), 0u),
                "/api/v1/members/{userId}" => ($"/api/v1/members/{a.Tom}", new MemberRoleInput(MemberRole.Manager), 0u),
                "/api/v1/invitations/{id}" => ($"/api/v1/invitations/{invitation}", null!, 0u),
                "/api/v1/invitations/{id}/resend" => ($"/api/v1/invitations/{invitation}/resend", null!, 0u),
                "/api/v1/access-requests/{id}/approve" => ($"/api/v1/access-requests/{request}/approve", null!, 0u),
                "/api/v1/access-requests/{id}/decline" => ($"/api/v1/access-requests/{request}/decline", null!, 0u),
                "/api/v1/campaigns/{id}/analytics" => ($"/api/v1/campaigns/{a.CampaignId}/analytics", null!, 0u),
                "/api/v1/links/{id}/analytics" => ($"/api/v1/links/{aLink.Id}/analytics", null!, 0u),
                "/api/v1/links/{id}/qr" => ($"/api/v1/links/{aLink.Id}/qr", null!, 0u),
                "/api/v1/templates/{id}" => ($"/api/v1/templates/{template.Id}", null!, 0u),
                _ => throw new Xunit.Sdk.XunitException($"{name} is not probed: add it here (with domain A's ids) or to WithoutIds."),
            };
            using var response = await _api.SendAsync(new HttpMethod(method), path, bKey, method is "GET" or "DELETE" ? null : body,
                h => h.IfMatch.ParseAdd($"\"{etag}\""));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{name}: {(int)response.StatusCode} {text}");
            Assert.DoesNotContain(a.Name, text, StringComparison.OrdinalIgnoreCase);
            probed.Add(name);
        }

        using var filtered = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links?campaign={a.CampaignId}", bKey);
        Assert.Empty((await filtered.ReadAsync<Page<LinkResource>>()).Items);
        using var export = await _api.SendAsync(HttpMethod.Get, $"/api/v1/links/export?campaign={a.CampaignId}", bKey);
        Assert.DoesNotContain(a.Name, await export.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        using var bulk = await _api.SendAsync(HttpMethod.Post, "/api/v1/links/bulk", bKey,
            new LinkBulkInput([new LinkInput(a.CampaignId, $"https://{b.Name}/x", "a", "b")]));
        var item = (await bulk.ReadAsync<LinkBulkResult>()).Items.Single();
        Assert.Equal((LinkBulkStatus.Invalid, "not_found"), (item.Status, item.Code));
        Assert.True(probed.Count >= 8, string.Join(", ", probed));
        Assert.Equal(before, await SnapshotAsync(a.Name));
    }

    /// <summary>An open invitation of the domain, by id (the team view carries the ids).</summary>
    private async Task<Guid> InviteAsync(LinkDomain domain)
    {
        await App.Invitations.AddAsync(Person(domain.Ada), domain.Name, Unique.Email("ivy", domain.Name), MemberRole.TeamMember, AppServices.None);
        return (await App.Team.GetAsync(Person(domain.Ada), domain.Name, AppServices.None)).Invitations.Single().Id;
    }

    /// <summary>A pending request to join the domain, by id.</summary>
    private async Task<Guid> RequestAccessAsync(LinkDomain domain)
    {
        var bob = await App.SignInAsync(Unique.Email("bob", domain.Name));
        return (await App.AccessRequests.RequestAsync(Person(bob), domain.Name, AppServices.None)).Id;
    }

    /// <summary>A's campaigns and links with their versions, its team, invitations, access requests and settings, and its audit trail's length.</summary>
    private async Task<string> SnapshotAsync(string domainName)
    {
        await using var db = database.CreateOwnerContext();
        var domainId = await db.Domains.Where(d => d.DomainName == domainName).Select(d => d.Id).SingleAsync();
        var campaigns = await db.Campaigns.Where(c => c.DomainId == domainId).OrderBy(c => c.Id).Select(c => $"{c.Id}:{c.Version}:{c.Status}").ToListAsync();
        var links = await db.Links.Where(l => l.DomainId == domainId).OrderBy(l => l.Id).Select(l => $"{l.Id}:{l.Version}").ToListAsync();
        var audit = await db.AuditLog.CountAsync(e => e.DomainId == domainId);
        var team = await db.Memberships.Where(m => m.DomainId == domainId).OrderBy(m => m.UserId).Select(m => $"{m.UserId}:{m.Role}").ToListAsync();
        var invited = await db.Invitations.Where(i => i.DomainId == domainId).OrderBy(i => i.Id).Select(i => $"{i.Id}:{i.RevokedAt}:{i.LastSentAt}").ToListAsync();
        var requests = await db.AccessRequests.Where(r => r.DomainId == domainId).OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.Status}").ToListAsync();
        var templates = await db.LinkTemplates.Where(t => t.DomainId == domainId).OrderBy(t => t.Id).Select(t => $"{t.Id}:{t.Name}").ToListAsync();
        var settings = await db.Domains.Where(d => d.Id == domainId).Select(d => $"{d.DefaultRedirectType}:{d.ForwardQueryParameters}:{d.LinkConventions}").SingleAsync();
        return string.Join("#", string.Join("|", campaigns), string.Join("|", links), audit, string.Join("|", team), string.Join("|", invited),
            string.Join("|", requests), settings, string.Join("|", templates));
    }
}
