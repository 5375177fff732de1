using UtmStudio.Features.Audit;

namespace UtmStudio.Features.Api.Keys;

public sealed record ApiKeyCreated(Guid ApiKey, string? Name, string? Prefix, IReadOnlyList<string>? Scopes, DateTimeOffset? ExpiresAt)
    : IAuditEvent<ApiKeyCreated>
{
    public static string Action => "api_key.created";

    public AuditLine Describe(AuditPeople people) =>
        new($"Created the API key {Name} ({Prefix})",
            $"Scopes: {string.Join(", ", Scopes ?? [])}" + (ExpiresAt is { } at ? $"; expires {at:yyyy-MM-dd}" : "; no expiry"));
}

public sealed record ApiKeyRevoked(Guid ApiKey, string? Name, string? Prefix) : IAuditEvent<ApiKeyRevoked>
{
    public static string Action => "api_key.revoked";

    public AuditLine Describe(AuditPeople people) => new($"Revoked the API key {Name} ({Prefix})");
}
