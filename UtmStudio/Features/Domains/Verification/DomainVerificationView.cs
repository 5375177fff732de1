using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Domains.Verification;

/// <summary>
/// A domain's ownership as its settings page shows it. The record to publish (its value carries the secret
/// token) is given to managers only: they are the ones who can change the domain's DNS.
/// </summary>
public sealed record DomainVerificationView(
    bool IsVerified,
    DomainVerificationMethod? Method,
    DateTimeOffset? VerifiedAt,
    DateTimeOffset? CheckedAt,
    string RecordName,
    string? RecordValue)
{
    public static DomainVerificationView Of(Domain domain, bool forManager) => new(
        domain.IsVerified, domain.VerificationMethod, domain.VerifiedAt, domain.VerificationCheckedAt,
        VerificationRecord.NameFor(domain.DomainName), forManager ? VerificationRecord.ValueFor(domain.VerificationToken) : null);
}
