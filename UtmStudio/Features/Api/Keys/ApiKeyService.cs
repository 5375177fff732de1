using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using UtmStudio.Data;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Api.Keys;

/// <summary>
/// A domain's API keys: managers, signed in as themselves, create (the key is shown once), list and revoke them;
/// every change is in the audit trail. <see cref="AuthenticateAsync"/> is the API's sign-in: one database function,
/// asked on every request, so a revocation holds from the next request on.
/// </summary>
public sealed class ApiKeyService(IDbContextFactory<AppDbContext> dbFactory, AppDataSource dataSource, TimeProvider time)
{
    public const int NameLength = 100;

    public async Task<IReadOnlyList<ApiKeyView>> ListAsync(Caller caller, string domainName, CancellationToken cancellationToken)
    {
        caller.RequirePerson();
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("see its API keys");
        return await ViewsAsync(db, access.Domain.Id, null, cancellationToken);
    }

    public async Task<CreatedApiKey> CreateAsync(Caller caller, string domainName, ApiKeyDraft draft, CancellationToken cancellationToken)
    {
        var personId = caller.RequirePerson();
        var (name, scopes) = Validate(draft);
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("create API keys");
        var (prefix, key, hash) = ApiKeySecret.Generate();
        var id = Guid.NewGuid();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Raw SQL: key_hash is not part of the EF model (the app role can write it but never read it back).
            await db.Database.ExecuteSqlAsync(
                $"""
                 INSERT INTO api_keys (id, domain_id, name, prefix, key_hash, scopes, created_by, expires_at)
                 VALUES ({id}, {access.Domain.Id}, {name}, {prefix}, {hash}, {scopes}::varchar(16)[], {personId}, {draft.ExpiresAt?.ToUniversalTime()})
                 """, cancellationToken);
            await db.RecordAsync(access.Domain.Id, new ApiKeyCreated(id, name, prefix, scopes, draft.ExpiresAt), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var view = (await ViewsAsync(db, access.Domain.Id, id, cancellationToken)).Single();
        return new CreatedApiKey(view, key);
    }

    /// <summary>Revokes a key; the next request made with it is refused. Revoking a revoked key changes nothing.</summary>
    public async Task RevokeAsync(Caller caller, string domainName, Guid keyId, CancellationToken cancellationToken)
    {
        var personId = caller.RequirePerson();
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("revoke API keys");
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == keyId && k.DomainId == access.Domain.Id, cancellationToken)
            ?? throw new NotFoundProblem("That API key");
        if (key.RevokedAt is not null)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        await db.ApiKeys.Where(k => k.Id == key.Id && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now).SetProperty(k => k.RevokedBy, personId), cancellationToken);
        await db.RecordAsync(access.Domain.Id, new ApiKeyRevoked(key.Id, key.Name, key.Prefix), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The key a request presents, or null when it is malformed, unknown, revoked or expired (one answer for all).</summary>
    public async Task<ApiKeyIdentity?> AuthenticateAsync(string? presented, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryParse(presented, out var prefix, out var hash))
        {
            return null;
        }

        await using var connection = await dataSource.OpenAsync(DbScope.Nobody, cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT key_id, domain_id, domain_name, created_by, name, scopes FROM app_authenticate_api_key($1, $2)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = prefix, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = hash, NpgsqlDbType = NpgsqlDbType.Bytea });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ApiKeyIdentity(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetGuid(3), reader.GetString(4),
            reader.GetFieldValue<string[]>(5));
    }

    /// <summary>The key's own view of itself, its domain and its creator (GET /api/v1/profile).</summary>
    public async Task<ApiKeyProfile> GetProfileAsync(Caller.ApiKey caller, string domainName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == caller.KeyId, cancellationToken)
            ?? throw new NotFoundProblem("That API key");
        var creator = await db.Users.AsNoTracking().Where(u => u.Id == key.CreatedBy).Select(u => u.DisplayName ?? u.Email)
            .SingleOrDefaultAsync(cancellationToken);
        return new ApiKeyProfile(key.Id, key.Name, key.Prefix, key.Scopes, key.CreatedAt, key.ExpiresAt, access.Domain.Id,
            access.Domain.DomainName, access.IsReadOnlyAt(time.GetUtcNow()), key.CreatedBy, creator ?? "A former member", access.IsManager);
    }

    private (string Name, string[] Scopes) Validate(ApiKeyDraft draft)
    {
        var errors = new Dictionary<string, string[]>();
        var name = (draft.Name ?? "").Trim();
        if (name.Length is 0 or > NameLength)
        {
            errors["name"] = [$"Name the key (1 to {NameLength} characters), say after the script or tool that uses it."];
        }

        var scopes = (draft.Scopes ?? []).Select(s => s.Trim().ToLowerInvariant()).Distinct().ToArray();
        if (scopes.Length == 0 || !scopes.All(ApiScopes.IsKnown))
        {
            errors["scopes"] = [$"Choose at least one scope of: {string.Join(", ", ApiScopes.All)}."];
        }

        if (draft.ExpiresAt is { } expires && expires <= time.GetUtcNow())
        {
            errors["expiresAt"] = ["The expiry must be in the future."];
        }

        return errors.Count > 0
            ? throw new ValidationProblem(string.Join(" ", errors.Values.SelectMany(e => e)), errors)
            : (name, [.. ApiScopes.All.Where(scopes.Contains)]);
    }

    private async Task<List<ApiKeyView>> ViewsAsync(AppDbContext db, Guid domainId, Guid? only, CancellationToken cancellationToken)
    {
        var keys = db.ApiKeys.AsNoTracking().Where(k => k.DomainId == domainId);
        if (only is { } id)
        {
            keys = keys.Where(k => k.Id == id);
        }

        var rows = await keys.OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id)
            .Select(k => new { Key = k, Creator = db.Users.Where(u => u.Id == k.CreatedBy).Select(u => u.DisplayName ?? u.Email).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return rows.Select(r => new ApiKeyView(r.Key.Id, r.Key.Name, r.Key.Prefix, r.Key.Scopes, r.Creator ?? "A former member", r.Key.CreatedAt,
            r.Key.ExpiresAt, r.Key.LastUsedAt, r.Key.RevokedAt,
            r.Key.RevokedAt is not null ? ApiKeyStatus.Revoked : r.Key.ExpiresAt <= now ? ApiKeyStatus.Expired : ApiKeyStatus.Active)).ToList();
    }
}
