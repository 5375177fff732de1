using Microsoft.EntityFrameworkCore;

namespace UtmStudio.Tests.Infrastructure.Database;

internal static class DomainSnapshot
{
    /// <summary>
    /// Everything of a domain a service call could change, read as the owner (past row security), as one
    /// comparable text: the domain row, its team and its members' users rows, invitations, access requests,
    /// campaigns, links and templates (with their version, so any edit shows), the conventions and the number of audit entries.
    /// </summary>
    public static async Task<string> SnapshotAsync(this TestDatabase database, string domainName)
    {
        await using var db = database.CreateOwnerContext();
        var d = await db.Domains.AsNoTracking().SingleAsync(x => x.DomainName == domainName);
        var team = await db.Memberships.Where(m => m.DomainId == d.Id).OrderBy(m => m.UserId)
            .Select(m => $"member {m.UserId} {m.Role} user-role {m.User!.Role} signup {m.User.SignupDomainId}").ToListAsync();
        var invitations = await db.Invitations.Where(i => i.DomainId == d.Id).OrderBy(i => i.Id)
            .Select(i => $"invitation {i.Id} {i.Email} {i.Role} {i.ExpiresAt:O} {i.LastSentAt:O} {i.RevokedAt:O} {i.AcceptedAt:O}").ToListAsync();
        var requests = await db.AccessRequests.Where(r => r.DomainId == d.Id).OrderBy(r => r.Id)
            .Select(r => $"request {r.Id} {r.UserId} {r.Status}").ToListAsync();
        var campaigns = await db.Campaigns.Where(c => c.DomainId == d.Id).OrderBy(c => c.Id)
            .Select(c => $"campaign {c.Id} {c.Name} {c.Status} {c.UtmCampaign} {c.UtmId} v{c.Version}").ToListAsync();
        var links = await db.Links.Where(l => l.DomainId == d.Id).OrderBy(l => l.Id)
            .Select(l => $"link {l.Id} {l.CampaignId} {l.FullUrl} {l.ShortCode} v{l.Version}").ToListAsync();
        var templates = await db.LinkTemplates.Where(t => t.DomainId == d.Id).OrderBy(t => t.Id)
            .Select(t => $"template {t.Id} {t.Name} v{t.Version}").ToListAsync();
        var audit = await db.AuditLog.CountAsync(a => a.DomainId == d.Id);
        return string.Join(Environment.NewLine, [
            $"domain {d.Id} {d.DomainName} manager {d.ManagerId} {d.SubscriptionStatus} {d.TrialEndsAt:O} redirect {d.DefaultRedirectType}",
            $"conventions {d.LinkConventions}", .. team, .. invitations, .. requests, .. campaigns, .. links, .. templates, $"audit {audit}"]);
    }
}
