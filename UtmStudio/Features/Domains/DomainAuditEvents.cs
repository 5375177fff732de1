using UtmStudio.Features.Audit;

namespace UtmStudio.Features.Domains;

/// <summary>A setting's value before and after a change.</summary>
public sealed record ValueChange<T>(T Before, T After)
{
    public static ValueChange<T>? IfChanged(T before, T after) => EqualityComparer<T>.Default.Equals(before, after) ? null : new(before, after);
}

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

public sealed record DomainSettingsChanged(
    ValueChange<int>? DefaultRedirectType = null, ValueChange<bool>? ForwardQueryParameters = null, ValueChange<bool>? QueryOverridesUtm = null)
    : IAuditEvent<DomainSettingsChanged>
{
    public static string Action => "domain.settings_changed";

    public AuditLine Describe(AuditPeople people) => this switch
    {
        { DefaultRedirectType: { } change } => new("Changed the default redirect type of short links", $"{change.Before} → {change.After}"),
        { ForwardQueryParameters: { } forward } => new(forward.After
            ? "Turned on passing short-link query parameters to landing pages"
            : "Turned off passing short-link query parameters to landing pages"),
        { QueryOverridesUtm: { } overrides } => new(overrides.After
            ? "Let forwarded utm_* parameters replace the links' own"
            : "Stopped forwarded utm_* parameters from replacing the links' own"),
        _ => new("Changed the domain settings"),
    };
}
