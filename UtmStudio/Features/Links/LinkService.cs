using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Links.Conventions;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Tracking.Redirect;
using UtmStudio.Identity;

namespace UtmStudio.Features.Links;

/// <summary>
/// Rule 7 (docs/rules.md#r7): every member builds as many links under a campaign as they need; the exact same
/// full URL twice in a domain is one link — the person is shown the one that exists. Every save goes through
/// <see cref="LinkBuilder"/> (the team's conventions, the URL rules, the GA4 channel), whatever the page said.
/// Editing and deleting: the creator or a manager deletes; any member edits. An inactive domain is read-only.
/// </summary>
public sealed class LinkService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, ShortLinkCache shortLinks)
{
    public async Task<LinkDetails> GetAsync(Caller caller, string domainName, Guid linkId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        return await DetailsAsync(db, access, linkId, cancellationToken);
    }

    public async Task<LinkSaveResult> CreateAsync(Caller caller, string domainName, LinkDraft draft, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireWritable(time);
        var campaign = await LinkCampaigns.FindAsync(db, access.Domain.Id, draft.CampaignId, cancellationToken);
        var build = Require(LinkBuilder.Build(draft, campaign, access.Domain.DomainName, LinkConventions.FromJson(access.Domain.LinkConventions)));
        if (await ExistingAsync(db, access, build.FullUrl!, cancellationToken) is { } existing)
        {
            return new LinkSaveResult(existing, IsDuplicate: true);
        }

        var link = LinkRows.New(build, campaign, access.Domain.Id, access.Membership.UserId);
        var saved = await LinkWrites.InsertAsync(db, link, () => db.RecordAsync(access.Domain.Id,
            new LinkCreated(link.Id, campaign.Id, campaign.Name, link.FullUrl), cancellationToken), cancellationToken);
        if (!saved)
        {
            // Someone saved the same URL a moment ago, between our check and our write.
            await using var fresh = await dbFactory.WithScopeAsync(db.Scope, cancellationToken);
            return new LinkSaveResult((await ExistingAsync(fresh, access, build.FullUrl!, cancellationToken))!, IsDuplicate: true);
        }

        shortLinks.Evict(link.ShortCode); // in case the code was tried before it existed
        return new LinkSaveResult(await DetailsAsync(db, access, link.Id, cancellationToken), IsDuplicate: false);
    }

    /// <summary>Saves new values for a link. A URL that another link of the domain already has is refused, naming
    /// that link; printed copies of the old URL keep their old tags (the page says so before saving).</summary>
    public async Task<LinkDetails> UpdateAsync(
        Caller caller, string domainName, Guid linkId, LinkDraft draft, uint expectedVersion, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireWritable(time);
        var link = await FindAsync(db, access, linkId, cancellationToken);
        if (link.Version != expectedVersion)
        {
            throw new LinkChangedProblem(await DetailsAsync(db, access, link.Id, cancellationToken));
        }

        var campaign = await LinkCampaigns.FindAsync(db, access.Domain.Id, draft.CampaignId, cancellationToken);
        var build = Require(LinkBuilder.Build(draft, campaign, access.Domain.DomainName, LinkConventions.FromJson(access.Domain.LinkConventions)));
        if (await ExistingAsync(db, access, build.FullUrl!, cancellationToken) is { } other && other.Id != link.Id)
        {
            throw new LinkDuplicateProblem(other);
        }

        var oldUrl = link.FullUrl;
        LinkRows.Apply(link, build, campaign);
        var saved = await LinkWrites.UpdateAsync(db, () => db.RecordAsync(access.Domain.Id,
            new LinkUpdated(link.Id, campaign.Id, campaign.Name, oldUrl, link.FullUrl), cancellationToken), cancellationToken);
        shortLinks.Evict(link.ShortCode); // the next visit goes to the new address
        await using var after = await dbFactory.WithScopeAsync(db.Scope, cancellationToken);
        return saved switch
        {
            LinkWrites.Outcome.Saved => await DetailsAsync(after, access, link.Id, cancellationToken),
            LinkWrites.Outcome.Duplicate => throw new LinkDuplicateProblem((await ExistingAsync(after, access, build.FullUrl!, cancellationToken))!),
            _ => throw new LinkChangedProblem(await DetailsAsync(after, access, link.Id, cancellationToken)),
        };
    }

    public async Task DeleteAsync(Caller caller, string domainName, Guid linkId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireWritable(time);
        var link = await FindAsync(db, access, linkId, cancellationToken);
        if (!access.IsManager && link.CreatedBy != access.Membership.UserId)
        {
            throw new ForbiddenProblem($"Only the person who created this link or a manager of {access.Domain.DomainName} can delete it.");
        }

        var campaignName = await db.Campaigns.Where(c => c.Id == link.CampaignId).Select(c => c.Name).SingleAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Links.Remove(link);
        await db.SaveChangesAsync(cancellationToken);
        await db.RecordAsync(access.Domain.Id, new LinkDeleted(link.Id, link.CampaignId, campaignName, link.FullUrl), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        shortLinks.Evict(link.ShortCode); // answers 410 Gone from now on
    }

    private static LinkBuild Require(LinkBuild build) =>
        build.IsValid
            ? build
            : throw new ValidationProblem(
                "The link is not ready to save: " + string.Join(" ", build.Problems.Values),
                build.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }));

    private static async Task<Link> FindAsync(AppDbContext db, DomainMembership access, Guid linkId, CancellationToken cancellationToken) =>
        await db.Links.SingleOrDefaultAsync(l => l.Id == linkId && l.DomainId == access.Domain.Id, cancellationToken)
        ?? throw new NotFoundProblem("That link");

    private async Task<LinkDetails?> ExistingAsync(AppDbContext db, DomainMembership access, string fullUrl, CancellationToken cancellationToken)
    {
        var id = await db.Links.Where(l => l.DomainId == access.Domain.Id && l.FullUrl == fullUrl).Select(l => (Guid?)l.Id)
            .SingleOrDefaultAsync(cancellationToken);
        return id is null ? null : await DetailsAsync(db, access, id.Value, cancellationToken);
    }

    private async Task<LinkDetails> DetailsAsync(AppDbContext db, DomainMembership access, Guid linkId, CancellationToken cancellationToken) =>
        await LinkQueries.DetailsAsync(db, access.Domain.Id, linkId, access.IsManager, access.Membership.UserId,
            access.IsReadOnlyAt(time.GetUtcNow()), cancellationToken)
        ?? throw new NotFoundProblem("That link");
}
