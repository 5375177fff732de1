using UtmStudio.Features.Audit;

namespace UtmStudio.Features.Domains;

/// <summary>A setting's value before and after a change.</summary>
public sealed record ValueChange<T>(T Before, T After);

public sealed record DomainCreated(string? Name = null) : IAuditEvent<DomainCreated>
{
    public static string Action => "domain.created";

    public AuditLine Describe(AuditPeople people) => new("Created the domain");
}

public sealed record DomainDeleted(string? Name = null) : IAuditEvent<DomainDeleted>
{
    public static string Action => "domain.deleted";

    public AuditLine Describe(AuditPeople people) => new("Deleted the domain");
}

public sealed record DomainSettingsChanged(ValueChange<int>? DefaultRedirectType = null) : IAuditEvent<DomainSettingsChanged>
{
    public static string Action => "domain.settings_changed";

    public AuditLine Describe(AuditPeople people) => DefaultRedirectType is { } change
        ? new("Changed the default redirect type of short links", $"{change.Before} → {change.After}")
        : new("Changed the domain settings");
}
