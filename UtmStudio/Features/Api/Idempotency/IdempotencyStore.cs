using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Identity;

namespace UtmStudio.Features.Api.Idempotency;

/// <summary>What a create request with an Idempotency-Key finds.</summary>
public abstract record IdempotencyClaim
{
    private IdempotencyClaim()
    {
    }

    /// <summary>First use of the key: the request runs, and its answer is kept.</summary>
    public sealed record Fresh : IdempotencyClaim;

    /// <summary>A retry of a request that was answered: the same answer again.</summary>
    public sealed record Answered(ApiIdempotencyRecord Record) : IdempotencyClaim;

    /// <summary>The key came with another body before.</summary>
    public sealed record Reused : IdempotencyClaim;

    /// <summary>The first request with the key is still running.</summary>
    public sealed record Running : IdempotencyClaim;
}

/// <summary>
/// The api_idempotency table: per API key (row security: a key sees only its own rows), the hash of each keyed
/// request and its answer, for <see cref="Retention"/>. The claim is an INSERT … ON CONFLICT DO NOTHING, so of two
/// requests racing with one key exactly one runs.
/// </summary>
public sealed class IdempotencyStore(IDbContextFactory<AppDbContext> dbFactory)
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public async Task<IdempotencyClaim> ClaimAsync(Caller.ApiKey caller, string key, byte[] requestHash, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var hours = (int)Retention.TotalHours;
        // Expired answers go first, so a key may be used again after the retention period.
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM api_idempotency WHERE api_key_id = {caller.KeyId} AND created_at < now() - make_interval(hours => {hours})", cancellationToken);
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO api_idempotency (api_key_id, idempotency_key, request_hash) VALUES ({caller.KeyId}, {key}, {requestHash})
             ON CONFLICT (api_key_id, idempotency_key) DO NOTHING
             """, cancellationToken);
        if (inserted == 1)
        {
            return new IdempotencyClaim.Fresh();
        }

        var record = await db.ApiIdempotency.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ApiKeyId == caller.KeyId && r.IdempotencyKey == key, cancellationToken);
        return record switch
        {
            null => new IdempotencyClaim.Running(), // deleted by the first request's failure a moment ago: try again
            _ when !record.RequestHash.AsSpan().SequenceEqual(requestHash) => new IdempotencyClaim.Reused(),
            { Status: null } => new IdempotencyClaim.Running(),
            _ => new IdempotencyClaim.Answered(record),
        };
    }

    public async Task CompleteAsync(Caller.ApiKey caller, string key, int status, string? contentType, string? location, byte[] body,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        await db.ApiIdempotency.Where(r => r.ApiKeyId == caller.KeyId && r.IdempotencyKey == key)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.ContentType, contentType)
                .SetProperty(r => r.Location, location).SetProperty(r => r.Body, body), cancellationToken);
    }

    /// <summary>The request failed on our side: forget the key, so a retry runs it again.</summary>
    public async Task ReleaseAsync(Caller.ApiKey caller, string key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        await db.ApiIdempotency.Where(r => r.ApiKeyId == caller.KeyId && r.IdempotencyKey == key && r.Status == null)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
