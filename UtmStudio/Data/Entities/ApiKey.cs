namespace UtmStudio.Data.Entities;

/// <summary>
/// A domain's API key, as managers see it. The hash of its secret (<c>key_hash</c>) is a column of the table but
/// not of this entity: the app role may write it once and never read it back (Data/Sql/05_privileges.sql), and
/// only app_authenticate_api_key compares against it.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }

    public Guid DomainId { get; set; }

    public required string Name { get; set; }

    /// <summary>The public part of the key (<c>utm_&lt;prefix&gt;_…</c>), shown so people can tell their keys apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>read, links, campaigns, team (Features/Api/Keys/ApiScopes.cs).</summary>
    public string[] Scopes { get; set; } = [];

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Kept by app_authenticate_api_key, at most once a minute per key.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public Guid? RevokedBy { get; set; }
}
