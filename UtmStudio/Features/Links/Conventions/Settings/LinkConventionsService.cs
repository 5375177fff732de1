using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Links.Conventions.Settings;

/// <summary>
/// A domain's UTM conventions (issue 8): every member reads them, managers of an active domain change them.
/// Saving never touches existing links — they keep their values; the conventions apply to links as they are built
/// or edited — so <see cref="GetBreakingLinksAsync"/> shows the manager beforehand which links don't follow them.
/// </summary>
public sealed class LinkConventionsService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The most links one report lists (it still counts them all).</summary>
    public const int MaxListedLinks = 500;

    // Two saves of the domain row at once (a redirect type and conventions) make one of them retry, not fail.
    private const int SaveAttempts = 3;

    public async Task<DomainConventions> GetAsync(Caller caller, string domainName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        return View(await db.RequireMemberAsync(domainName, caller, cancellationToken));
    }

    /// <param name="expected">The conventions the manager started editing from; when others are stored now, the
    /// save is refused with <see cref="LinkConventionsChangedProblem"/>. Null saves over whatever is stored.</param>
    public async Task<DomainConventions> SaveAsync(
        Caller caller, string domainName, LinkConventions conventions, LinkConventions? expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.ForAsync(caller, cancellationToken);
            var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken))
                .RequireManager("change its UTM conventions").RequireWritable(time);
            Validate(conventions);
            var before = LinkConventions.FromJson(access.Domain.LinkConventions);
            if (expected is not null && before != expected)
            {
                throw new LinkConventionsChangedProblem(View(access));
            }

            if (before == conventions)
            {
                return View(access);
            }

            access.Domain.LinkConventions = conventions.ToJson();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < SaveAttempts)
            {
                // The row moved between our read and our write: read it again and judge "expected" against that.
                continue;
            }

            await db.RecordAsync(access.Domain.Id, new LinkConventionsChanged(ConventionSummary.Changes(before, conventions)), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return View(access);
        }
    }

    /// <summary>
    /// The domain's links that <paramref name="proposed"/> (null: the saved conventions) would change or refuse,
    /// newest first, with their reasons: the first <paramref name="limit"/> listed, all of them counted. The links
    /// are streamed from the database, a row at a time, so a big domain is never held in memory.
    /// </summary>
    public async Task<BreakingLinksReport> GetBreakingLinksAsync(
        Caller caller, string domainName, LinkConventions? proposed, int limit, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var conventions = proposed ?? LinkConventions.FromJson(access.Domain.LinkConventions);
        return await BreakingLinkScan.RunAsync(db, access.Domain.Id, conventions, Math.Clamp(limit, 0, MaxListedLinks), cancellationToken);
    }

    private static void Validate(LinkConventions conventions)
    {
        var problems = ConventionValidation.Validate(conventions);
        if (problems.Count > 0)
        {
            throw new ValidationProblem("The conventions can't be saved yet: " + string.Join(" ", problems.Values),
                problems.ToDictionary(p => p.Key, p => new[] { p.Value }));
        }
    }

    private DomainConventions View(DomainMembership access) =>
        new(access.Domain.Id, access.Domain.DomainName, LinkConventions.FromJson(access.Domain.LinkConventions),
            access.IsManager, access.IsReadOnlyAt(time.GetUtcNow()));
}
