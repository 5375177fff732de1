using UtmStudio.Features.Audit;

namespace UtmStudio.Features.Domains.Verification;

/// <summary>Ownership was shown: "dns" (on demand, <paramref name="CheckedBy"/> the manager, or by the
/// background check) or "operator". Verification by email at creation is part of domain.created.</summary>
public sealed record DomainVerified(string? Method, Guid? CheckedBy = null, string? CheckedByEmail = null) : IAuditEvent<DomainVerified>
{
    public static string Action => "domain.verified";

    public AuditLine Describe(AuditPeople people) => Method switch
    {
        "dns" => new("Verified ownership with the DNS record",
            CheckedBy is null ? "Found by the background check" : $"Checked by {people.Name(CheckedBy, CheckedByEmail)}"),
        "operator" => new("An operator verified the domain's ownership"),
        _ => new("Verified the domain's ownership"),
    };
}

/// <summary>An operator gave the domain to another account, which became its only manager.</summary>
public sealed record DomainReassigned(string? NewManagerEmail, IReadOnlyList<string>? RemovedMembers, bool Verified)
    : IAuditEvent<DomainReassigned>
{
    public static string Action => "domain.reassigned";

    public AuditLine Describe(AuditPeople people) => new(
        $"An operator made {NewManagerEmail ?? "another account"} the domain's manager",
        RemovedMembers is { Count: > 0 } removed
            ? $"Removed from the team: {string.Join(", ", removed)}{(Verified ? "; verified by the operator" : string.Empty)}"
            : Verified ? "Verified by the operator" : null);
}
