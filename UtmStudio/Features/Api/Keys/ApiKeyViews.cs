namespace UtmStudio.Features.Api.Keys;

/// <summary>What a manager types to create a key.</summary>
public sealed record ApiKeyDraft(string Name, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt);

public enum ApiKeyStatus
{
    Active,
    Expired,
    Revoked,
}

/// <summary>A key as the settings card lists it (never its secret).</summary>
public sealed record ApiKeyView(
    Guid Id,
    string Name,
    string Prefix,
    IReadOnlyList<string> Scopes,
    string CreatorName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt,
    ApiKeyStatus Status)
{
    /// <summary>How the key starts (<c>utm_abcd123456_…</c>), to recognise it in a script.</summary>
    public string Shown => $"{ApiKeySecret.Marker}{Prefix}_…";
}

/// <summary>A key just created: <see cref="Key"/> is shown this once and stored nowhere.</summary>
public sealed record CreatedApiKey(ApiKeyView View, string Key);

/// <summary>A key that authenticated: who it acts for, where, and what it may do.</summary>
public sealed record ApiKeyIdentity(Guid KeyId, Guid DomainId, string DomainName, Guid CreatedBy, string Name, IReadOnlyList<string> Scopes);

/// <summary>GET /api/v1/profile: the key, its domain and its creator.</summary>
public sealed record ApiKeyProfile(
    Guid KeyId, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt,
    Guid DomainId, string DomainName, bool DomainIsReadOnly, Guid CreatorId, string CreatorName, bool CreatorIsManager);
