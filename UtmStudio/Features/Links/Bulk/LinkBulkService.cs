using Microsoft.EntityFrameworkCore;
using Npgsql;
using UtmStudio.Data;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Links.Conventions;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// Many links at once (rule 7, docs/rules.md#r7): the matrix builder and CSV import. Every row is built by
/// <see cref="LinkBuilder"/> against the domain's conventions, exactly as the single builder builds; a preview
/// shows each row's URL, channel and problems before anything is written. Import writes the valid rows in
/// batches of <see cref="BatchSize"/>, one transaction and one INSERT each (<see cref="LinkBatchInsert"/>);
/// duplicates — in the file, or of links the domain has — are skipped, never a second row. One audit entry
/// per import. Any member may import; an inactive domain is read-only.
/// </summary>
public sealed class LinkBulkService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public const int BatchSize = 1000;

    private const int CodeDraws = 3;

    public Task<CsvTable> ReadCsvAsync(Stream stream, CancellationToken cancellationToken) => BulkCsvReader.ReadAsync(stream, cancellationToken);

    public Task<BulkPreview> PreviewMatrixAsync(Caller caller, string domainName, BulkMatrix matrix, CancellationToken cancellationToken) =>
        PreviewAsync(caller, domainName, matrix.CampaignId, matrix.Expand(), cancellationToken);

    /// <param name="campaignId">The campaign of rows that do not name one (null: every row must).</param>
    public async Task<BulkPreview> PreviewAsync(
        Caller caller, string domainName, Guid? campaignId, IReadOnlyList<BulkInputRow> rows, CancellationToken cancellationToken)
    {
        RequireRows(rows);
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var builder = await BuilderAsync(db, access, campaignId, cancellationToken);
        var built = rows.Select(builder.Build).ToList();
        return BulkPreview.Of(built, await ExistingAsync(db, access.Domain.Id, BulkPreview.ReadyUrls(built), cancellationToken));
    }

    /// <summary>Creates the rows that are valid and new; the others are in the summary with their reasons.
    /// Progress is reported after every committed batch. Nothing is trusted from a preview: every row is built again.</summary>
    public async Task<BulkImportSummary> ImportAsync(
        Caller caller, string domainName, Guid? campaignId, IReadOnlyList<BulkInputRow> rows, IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        RequireRows(rows);
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireWritable(time);
        var builder = await BuilderAsync(db, access, campaignId, cancellationToken);
        var tally = new BulkImportTally(rows.Count, builder.Campaigns.Chosen);
        await db.Database.OpenConnectionAsync(cancellationToken); // one connection, scoped once, for every batch
        progress?.Report(tally.Progress);
        var batches = rows.Chunk(BatchSize).ToList();
        try
        {
            // The next batch is built while the database writes this one: building is this process's work, writing
            // PostgreSQL's, so on two cores they overlap. One build at a time, in order, so the first of two equal rows wins.
            var next = Task.Run(() => batches[0].Select(builder.Build).ToList(), cancellationToken);
            for (var i = 0; i < batches.Count; i++)
            {
                var built = await next;
                var following = i + 1;
                next = following < batches.Count ? Task.Run(() => batches[following].Select(builder.Build).ToList(), cancellationToken) : next;
                tally.Add(await WriteBatchAsync(db, access, built, following == batches.Count ? tally : null, cancellationToken));
                progress?.Report(tally.Progress);
            }
        }
        catch (OperationCanceledException) when (tally.Created > 0)
        {
            // Stopped between batches: what was committed stays, and so must its audit entry.
            await using var audit = await dbFactory.WithScopeAsync(db.Scope, CancellationToken.None);
            await using var transaction = await audit.Database.BeginTransactionAsync(CancellationToken.None);
            await audit.RecordAsync(access.Domain.Id, tally.AuditEvent(), CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            throw;
        }

        return tally.Summary;
    }

    /// <summary>The domain's links with these full URLs, as the pages show them (what an import created or found).</summary>
    public async Task<IReadOnlyDictionary<string, LinkDetails>> LinksAsync(
        Caller caller, string domainName, IReadOnlyList<string> fullUrls, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var readOnly = access.IsReadOnlyAt(time.GetUtcNow());
        var found = new Dictionary<string, LinkDetails>(StringComparer.Ordinal);
        foreach (var chunk in fullUrls.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var rows = await LinkQueries.Rows(db, db.Links.Where(l => l.DomainId == access.Domain.Id && chunk.Contains(l.FullUrl))).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                found[row.Link.FullUrl] = LinkQueries.ToDetails(row, access.IsManager, access.Membership.UserId, readOnly);
            }
        }

        return found;
    }

    /// <summary>One batch in one transaction: its ready rows inserted, the ones the domain had already marked as
    /// duplicates; with <paramref name="lastOf"/> (the last batch) the import's audit entry in the same transaction.</summary>
    private static async Task<IReadOnlyList<BulkRow>> WriteBatchAsync(
        AppDbContext db, DomainMembership access, List<BulkRow> built, BulkImportTally? lastOf, CancellationToken cancellationToken)
    {
        var ready = built.Where(r => r.Status == BulkRowStatus.Ready).ToList();
        for (var draw = 1; ; draw++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var written = ready.Count == 0 ? [] : await LinkBatchInsert.InsertAsync(db, access.Domain.Id, access.Membership.UserId, ready, cancellationToken);
                var skipped = ready.Where(r => !written.Contains(r.FullUrl!)).Select(r => r.FullUrl!).ToList();
                var existing = await ExistingAsync(db, access.Domain.Id, skipped, cancellationToken);
                IReadOnlyList<BulkRow> result = [.. built.Select(r => r.Status == BulkRowStatus.Ready && !written.Contains(r.FullUrl!)
                    ? BulkPreview.MarkExisting(r, existing) is { Status: BulkRowStatus.Duplicate } marked ? marked : r.AsDuplicate("This exact link exists already.")
                    : r)];
                if (lastOf is not null)
                {
                    await db.RecordAsync(access.Domain.Id, lastOf.With(result).AuditEvent(), cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (PostgresException exception) when (exception is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ux_links_short_code" } && draw < CodeDraws)
            {
                // A short code drawn twice (about once in 10^10 links): the batch is drawn again.
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }

    private static async Task<BulkRowBuilder> BuilderAsync(AppDbContext db, DomainMembership access, Guid? campaignId, CancellationToken cancellationToken)
    {
        var campaigns = (await LinkCampaigns.ListAsync(db, access.Domain.Id, cancellationToken)).Select(c => c.Utm).ToList();
        var chosen = campaignId is { } id ? campaigns.FirstOrDefault(c => c.Id == id) ?? throw new NotFoundProblem("That campaign") : null;
        return new BulkRowBuilder(access.Domain.DomainName, LinkConventions.FromJson(access.Domain.LinkConventions),
            new BulkCampaigns(campaigns, chosen, access.Domain.DomainName));
    }

    /// <summary>The URLs among these that the domain has, with their campaign's name (read in chunks, each one index lookup per URL).</summary>
    private static async Task<IReadOnlyDictionary<string, string>> ExistingAsync(
        AppDbContext db, Guid domainId, IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in urls.Chunk(BatchSize))
        {
            var rows = await db.Links.AsNoTracking().Where(l => l.DomainId == domainId && chunk.Contains(l.FullUrl))
                .Select(l => new { l.FullUrl, l.Campaign!.Name }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                found[row.FullUrl] = row.Name;
            }
        }

        return found;
    }

    private static void RequireRows(IReadOnlyList<BulkInputRow> rows)
    {
        if (rows.Count == 0)
        {
            throw new ValidationProblem("There are no links to create: add values, or import a file with at least one row.");
        }

        if (rows.Count > BulkCsvReader.MaxRows)
        {
            throw new ValidationProblem($"That is {rows.Count:N0} links; up to {BulkCsvReader.MaxRows:N0} are created at a time. Split the file and import the parts one after the other.");
        }
    }
}
