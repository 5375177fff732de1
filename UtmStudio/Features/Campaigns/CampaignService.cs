using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Campaigns.Targeting;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Tracking.Redirect;
using UtmStudio.Identity;

namespace UtmStudio.Features.Campaigns;

/// <summary>
/// Rule 6 (docs/rules.md#r6): every member of a domain — manager or team member — creates, edits and moves as many
/// campaigns as they need; deleting is for the campaign's creator or a manager. An inactive domain is read-only.
/// Edits are optimistic: a save based on an older version is refused with the campaign as it is now.
/// </summary>
public sealed class CampaignService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ShortLinkCache shortLinks)
{
    public async Task<CampaignDetails> GetAsync(Caller caller, string domainName, Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        return await DetailsAsync(db, access, campaignId, cancellationToken);
    }

    public async Task<CampaignDetails> CreateAsync(Caller caller, string domainName, CampaignDraft draft, CancellationToken cancellationToken)
    {
        var (clean, targeting) = CampaignValidation.Check(draft);
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireWritable(time);
        await CampaignUniqueness.EnsureAsync(db, access.Domain.Id, clean, null, cancellationToken);

        var campaign = new Campaign
        {
            Name = clean.Name, Source = clean.Source, Objective = clean.Objective, Description = clean.Description,
            StartsOn = clean.StartsOn, EndsOn = clean.EndsOn, UtmCampaign = clean.UtmCampaign, UtmId = clean.UtmId,
            TargetingCriteria = targeting, Status = CampaignStatus.Active, DomainId = access.Domain.Id, CreatedBy = access.Membership.UserId,
        };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Campaigns.Add(campaign);
            await CampaignUniqueness.SaveAsync(db, clean, cancellationToken);
            await db.RecordAsync(access.Domain.Id, new CampaignCreated(campaign.Id, campaign.Name, campaign.UtmCampaign), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await DetailsAsync(db, access, campaign.Id, cancellationToken);
    }

    /// <param name="expectedVersion">The <see cref="CampaignDetails.Version"/> the person edited; another one is a conflict.</param>
    /// <param name="links">What the campaign's links do when utm_campaign changes (asked only when it has links).</param>
    public async Task<CampaignDetails> UpdateAsync(
        Caller caller, string domainName, Guid campaignId, CampaignDraft draft, uint expectedVersion, LinksOnUtmCampaignChange links,
        CancellationToken cancellationToken)
    {
        var (clean, targeting) = CampaignValidation.Check(draft);
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireWritable(time);
        var campaign = await FindAsync(db, access, campaignId, cancellationToken);
        await EnsureVersionAsync(db, access, campaign, expectedVersion, cancellationToken);
        await CampaignUniqueness.EnsureAsync(db, access.Domain.Id, clean, campaign.Id, cancellationToken);

        var oldUtmCampaign = campaign.UtmCampaign;
        var utmCampaignChanged = oldUtmCampaign != clean.UtmCampaign;
        var linkCount = utmCampaignChanged ? await db.Links.CountAsync(l => l.CampaignId == campaign.Id, cancellationToken) : 0;
        if (linkCount > 0 && links == LinksOnUtmCampaignChange.Ask)
        {
            throw new RuleProblem(ErrorCodes.CampaignUtmCampaignHasLinks,
                $"{Plural(linkCount, "link")} of {campaign.Name} {(linkCount == 1 ? "uses" : "use")} utm_campaign={oldUtmCampaign}. Choose whether they keep it " +
                $"(links already published stay as they are) or change to {clean.UtmCampaign}.");
        }

        var changed = CampaignChanges.Apply(campaign, clean, targeting);
        if (changed.Count == 0)
        {
            return await DetailsAsync(db, access, campaign.Id, cancellationToken);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await SaveOrConflictAsync(db, access, campaign, clean, cancellationToken);
            var linksUpdated = 0;
            if (utmCampaignChanged && links == LinksOnUtmCampaignChange.Update && linkCount > 0)
            {
                linksUpdated = await CampaignLinks.SetUtmCampaignAsync(db, campaign.Id, clean.UtmCampaign, cancellationToken);
            }

            await db.RecordAsync(access.Domain.Id, new CampaignUpdated(campaign.Id, campaign.Name, changed), cancellationToken);
            if (utmCampaignChanged)
            {
                await db.RecordAsync(access.Domain.Id,
                    new CampaignUtmCampaignChanged(campaign.Id, campaign.Name, oldUtmCampaign, clean.UtmCampaign, linksUpdated), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (utmCampaignChanged)
        {
            shortLinks.EvictDomain(access.Domain.Id); // its links' addresses (and the values their clicks count under) changed
        }

        return await DetailsAsync(db, access, campaign.Id, cancellationToken);
    }

    /// <summary>Moves a campaign to another column. A move based on an older version is a conflict, unless the
    /// campaign is already where the person wants it.</summary>
    public async Task<CampaignDetails> ChangeStatusAsync(
        Caller caller, string domainName, Guid campaignId, CampaignStatus status, uint expectedVersion, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireWritable(time);
        var campaign = await FindAsync(db, access, campaignId, cancellationToken);
        if (campaign.Status == status)
        {
            return await DetailsAsync(db, access, campaign.Id, cancellationToken);
        }

        await EnsureVersionAsync(db, access, campaign, expectedVersion, cancellationToken);
        var from = campaign.Status;
        campaign.Status = status;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await SaveOrConflictAsync(db, access, campaign, null, cancellationToken);
            await db.RecordAsync(access.Domain.Id,
                new CampaignStatusChanged(campaign.Id, campaign.Name, CampaignStatusText.Of(from), CampaignStatusText.Of(status)), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await DetailsAsync(db, access, campaign.Id, cancellationToken);
    }

    /// <summary>What the delete confirmation says goes with the campaign.</summary>
    public async Task<CampaignDeletionImpact> GetDeletionImpactAsync(Caller caller, string domainName, Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var campaign = await FindAsync(db, access, campaignId, cancellationToken);
        return new CampaignDeletionImpact(campaign.Name, await db.Links.CountAsync(l => l.CampaignId == campaign.Id, cancellationToken));
    }

    public async Task DeleteAsync(Caller caller, string domainName, Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireWritable(time);
        var campaign = await FindAsync(db, access, campaignId, cancellationToken);
        if (!access.IsManager && campaign.CreatedBy != access.Membership.UserId)
        {
            throw new ForbiddenProblem($"Only the person who created {campaign.Name} or a manager of {access.Domain.DomainName} can delete it.");
        }

        var linkCount = await db.Links.CountAsync(l => l.CampaignId == campaign.Id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Campaigns.Remove(campaign);
        await db.SaveChangesAsync(cancellationToken);
        await db.RecordAsync(access.Domain.Id, new CampaignDeleted(campaign.Id, campaign.Name, linkCount), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        shortLinks.EvictDomain(access.Domain.Id); // its links' codes are retired (410 Gone)
    }

    /// <summary>The campaign's own entries of the audit trail, newest first (every member may read them).</summary>
    public async Task<IReadOnlyList<AuditItem>> GetActivityAsync(Caller caller, string domainName, Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var campaign = await FindAsync(db, access, campaignId, cancellationToken);
        var marker = $$"""{"campaign":"{{campaign.Id}}"}""";
        var entries = db.AuditLog.FromSql($"SELECT * FROM audit_log WHERE domain_id = {access.Domain.Id} AND details @> {marker}::jsonb");
        var rows = await AuditQuery.NewestFirst(db, entries, 50).ToListAsync(cancellationToken);
        return rows.Select(r => new AuditItem(r, AuditDescriptions.Who(r), AuditDescriptions.Describe(r))).ToList();
    }

    private static async Task<Campaign> FindAsync(AppDbContext db, DomainMembership access, Guid campaignId, CancellationToken cancellationToken) =>
        await db.Campaigns.SingleOrDefaultAsync(c => c.Id == campaignId && c.DomainId == access.Domain.Id, cancellationToken)
        ?? throw new NotFoundProblem("That campaign");

    private async Task<CampaignDetails> DetailsAsync(AppDbContext db, DomainMembership access, Guid campaignId, CancellationToken cancellationToken) =>
        await CampaignQueries.DetailsAsync(db, access.Domain.Id, access.Domain.DomainName, campaignId, access.IsManager,
            access.Membership.UserId, access.IsReadOnlyAt(time.GetUtcNow()), cancellationToken)
        ?? throw new NotFoundProblem("That campaign");

    private async Task EnsureVersionAsync(AppDbContext db, DomainMembership access, Campaign campaign, uint expectedVersion, CancellationToken cancellationToken)
    {
        if (campaign.Version != expectedVersion)
        {
            throw new CampaignChangedProblem(await DetailsAsync(db, access, campaign.Id, cancellationToken));
        }
    }

    /// <summary>Saves with the version read as the concurrency token; a save that lost the race to another one
    /// (between our read and our write) is the same conflict, with the campaign as the winner left it.</summary>
    private async Task SaveOrConflictAsync(AppDbContext db, DomainMembership access, Campaign campaign, CampaignDraft? draft, CancellationToken cancellationToken)
    {
        try
        {
            if (draft is null)
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                await CampaignUniqueness.SaveAsync(db, draft, cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Database.RollbackTransactionAsync(cancellationToken);
            await using var fresh = await dbFactory.WithScopeAsync(db.Scope, cancellationToken);
            throw new CampaignChangedProblem(await DetailsAsync(fresh, access, campaign.Id, cancellationToken));
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
