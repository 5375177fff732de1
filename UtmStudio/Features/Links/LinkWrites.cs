using Microsoft.EntityFrameworkCore;
using Npgsql;
using UtmStudio.Data;
using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Links;

/// <summary>
/// Writes a link and its audit entry in one transaction, telling the unique indexes' refusals apart: the same URL
/// saved by someone a moment ago is a duplicate (rule 7); a short code drawn twice is drawn again.
/// </summary>
internal static class LinkWrites
{
    public enum Outcome { Saved, Duplicate, Changed }

    private const int CodeDraws = 3;

    /// <returns>false when the domain already had the URL (the index saw it, our check had not yet).</returns>
    public static async Task<bool> InsertAsync(AppDbContext db, Link link, Func<Task> audit, CancellationToken cancellationToken)
    {
        for (var draw = 1; ; draw++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                db.Links.Add(link);
                await db.SaveChangesAsync(cancellationToken);
                await audit();
                await transaction.CommitAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException exception) when (UniqueIndex(exception) == "ux_links_domain_full_url")
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return false;
            }
            catch (DbUpdateException exception) when (UniqueIndex(exception) == "ux_links_short_code" && draw < CodeDraws)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                link.ShortCode = LinkCodes.New();
            }
        }
    }

    public static async Task<Outcome> UpdateAsync(AppDbContext db, Func<Task> audit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await audit();
            await transaction.CommitAsync(cancellationToken);
            return Outcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Outcome.Changed;
        }
        catch (DbUpdateException exception) when (UniqueIndex(exception) == "ux_links_domain_full_url")
        {
            await transaction.RollbackAsync(cancellationToken);
            return Outcome.Duplicate;
        }
    }

    private static string? UniqueIndex(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique ? unique.ConstraintName : null;
}
