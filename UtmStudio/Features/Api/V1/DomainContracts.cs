using System.Security.Cryptography;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Links.Conventions;
using UtmStudio.Features.Links.Conventions.Settings;

namespace UtmStudio.Features.Api.V1;

/// <summary>The key's domain and its settings.</summary>
/// <param name="RedirectType">The HTTP status its short links answer with: 302 (default), 301, 307 or 308.</param>
/// <param name="ForwardQueryParameters">Whether a short-link visit passes its own query parameters on to the landing page.</param>
/// <param name="QueryOverridesUtm">Whether forwarded utm_* parameters replace the link's own (only while forwarding).</param>
/// <param name="IsReadOnly">An inactive subscription: everything can be read, nothing changed; short links keep working.</param>
public sealed record DomainResource(
    Guid Id, string Name, SubscriptionResource Subscription, VerificationResource Verification, int RedirectType,
    bool ForwardQueryParameters, bool QueryOverridesUtm, bool IsReadOnly, DateTimeOffset? CreatedAt)
{
    public static DomainResource From(DomainSettings d) => new(
        d.Id, d.Name, new SubscriptionResource(d.Status, d.TrialEndsAt), VerificationResource.From(d.Verification.IsVerified, d.Verification),
        d.DefaultRedirectType, d.ForwardQueryParameters, d.QueryOverridesUtm, d.Status == SubscriptionStatus.Inactive, d.CreatedAt);
}

/// <param name="Status">trial (until trialEndsAt), active or inactive (read-only).</param>
public sealed record SubscriptionResource(SubscriptionStatus Status, DateTimeOffset? TrialEndsAt);

/// <summary>Whether the domain's ownership is shown: until it is, its short links do not redirect.</summary>
/// <param name="Method">How it was verified: email (its creator's address is at the domain) or dns (the TXT record); null while unverified.
/// A string rather than a nullable enum: generated clients read nullable string enums of the document wrongly.</param>
/// <param name="RecordName">The DNS TXT record that verifies it.</param>
/// <param name="RecordValue">The value to put in that record; only for a key whose creator is a manager.</param>
public sealed record VerificationResource(
    bool IsVerified, string? Method, DateTimeOffset? VerifiedAt, DateTimeOffset? CheckedAt, string RecordName, string? RecordValue)
{
    public static VerificationResource From(bool verified, Domains.Verification.DomainVerificationView v) =>
        new(verified, v.Method?.ToString().ToLowerInvariant(), v.VerifiedAt, v.CheckedAt, v.RecordName, v.RecordValue);
}

/// <summary>The settings to change, all or nothing; a field left out (or null) stays as it is.</summary>
/// <param name="RedirectType">302, 301, 307 or 308.</param>
/// <param name="ForwardQueryParameters">Turning it off turns queryOverridesUtm off too.</param>
/// <param name="QueryOverridesUtm">true only while query parameters are forwarded (otherwise 400 at this field).</param>
public sealed record DomainSettingsInput(int? RedirectType = null, bool? ForwardQueryParameters = null, bool? QueryOverridesUtm = null);

/// <summary>The domain's UTM conventions, which every link of the domain follows (the builder and the API apply them).</summary>
/// <param name="CanEdit">Whether the key's creator may change them now (a manager, and the domain not read-only).</param>
/// <param name="ETag">The version to send back in If-Match when replacing them (also the ETag header).</param>
public sealed record ConventionsResource(LinkConventions Conventions, bool CanEdit, string ETag)
{
    public static ConventionsResource From(DomainConventions c) => new(c.Conventions, c.CanEdit, ApiVersions.ETagOf(ConventionsVersion.Of(c.Conventions)));
}

/// <summary>
/// Conventions have no row version of their own (they are a jsonb column of the domain, whose xmin moves with every
/// other setting), so their ETag is a digest of their content: it changes exactly when they do.
/// </summary>
public static class ConventionsVersion
{
    public static uint Of(LinkConventions conventions) =>
        BitConverter.ToUInt32(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(conventions.ToJson())));
}
