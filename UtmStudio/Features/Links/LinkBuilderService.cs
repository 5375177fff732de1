using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Links.Conventions;
using UtmStudio.Features.Links.Templates;
using UtmStudio.Identity;

namespace UtmStudio.Features.Links;

/// <summary>What the builder page opens with: the domain's conventions, its campaigns and its templates.</summary>
public sealed class LinkBuilderService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public async Task<LinkBuilderContext> GetContextAsync(Caller caller, string domainName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var campaigns = await LinkCampaigns.ListAsync(db, access.Domain.Id, cancellationToken);
        var templates = await LinkTemplateQueries.ListAsync(db, access.Domain.Id, cancellationToken);
        return new LinkBuilderContext(access.Domain.Id, access.Domain.DomainName, LinkConventions.FromJson(access.Domain.LinkConventions),
            campaigns, templates, access.IsReadOnlyAt(time.GetUtcNow()));
    }

    /// <summary>What saving this draft would give — the values after the conventions, the URL, the GA4 channel and
    /// every problem — without saving anything (the builder's live preview, and the API's preview endpoint).</summary>
    public async Task<LinkBuild> PreviewAsync(Caller caller, string domainName, LinkDraft draft, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var campaign = await LinkCampaigns.FindAsync(db, access.Domain.Id, draft.CampaignId, cancellationToken);
        return LinkBuilder.Build(draft, campaign, access.Domain.DomainName, LinkConventions.FromJson(access.Domain.LinkConventions));
    }
}
