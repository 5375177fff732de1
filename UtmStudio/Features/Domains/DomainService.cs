using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains.Ownership;
using UtmStudio.Features.Domains.Verification;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Subscription;
using UtmStudio.Features.Tracking.Redirect;
using UtmStudio.Identity;

namespace UtmStudio.Features.Domains;

/// <summary>Rules 1 and 4 (docs/rules.md#r1, #r4): creating domains (their creator becomes manager) and deleting them.</summary>
public sealed class DomainService(
    IDbContextFactory<AppDbContext> dbFactory, IOptions<SubscriptionOptions> subscription, TimeProvider time, ShortLinkCache shortLinks)
{
    public static readonly int[] RedirectTypes = [302, 301, 307, 308];

    public async Task<IReadOnlyList<DomainSummary>> ListMineAsync(Caller caller, CancellationToken cancellationToken)
    {
        var userId = caller.RequirePerson();
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var signupDomainId = await db.Users.Where(u => u.Id == userId).Select(u => u.SignupDomainId).SingleOrDefaultAsync(cancellationToken);
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .OrderBy(m => m.Domain!.DomainName)
            .Select(m => new { m.Domain!.Id, m.Domain.DomainName, m.Role, m.Domain.SubscriptionStatus, m.Domain.TrialEndsAt, m.Domain.VerifiedAt })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return rows.Select(r => new DomainSummary(r.Id, r.DomainName, r.Role,
                SubscriptionRules.EffectiveStatus(r.SubscriptionStatus, r.TrialEndsAt, now),
                r.Id == signupDomainId, r.VerifiedAt is not null))
            .ToList();
    }

    /// <summary>
    /// Creates a domain with the caller as its manager. Allowed for someone with no domain yet (sign-up,
    /// rule 2, docs/rules.md#r2) and for managers of any domain (rule 1, docs/rules.md#r1); a name that
    /// exists cannot be joined by naming it.
    /// </summary>
    public async Task<DomainSummary> CreateAsync(Caller caller, string? typedName, CancellationToken cancellationToken)
    {
        var userId = caller.RequirePerson();
        var name = DomainName.Normalize(typedName);
        if (!name.IsValid)
        {
            throw new ValidationProblem(name.Error!);
        }

        if (DomainClaims.WhyNotClaimable(name.Value!) is { } unclaimable)
        {
            throw new RuleProblem(ErrorCodes.DomainNotClaimable, unclaimable);
        }

        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var roles = await db.Memberships.Where(m => m.UserId == userId).Select(m => m.Role).ToListAsync(cancellationToken);
        if (roles.Count > 0 && !roles.Contains(MemberRole.Manager))
        {
            throw new ForbiddenProblem("Only managers can create domains. Ask a manager of your team to create it.");
        }

        if (await db.FindDomainIdByNameAsync(name.Value!, cancellationToken) is not null)
        {
            throw DomainTaken(name.Value!);
        }

        var creator = await db.Users.Where(u => u.Id == userId).Select(u => new { u.SignupDomainId, u.Email }).SingleAsync(cancellationToken);
        var signupDomainId = creator.SignupDomainId;
        var domain = new Domain
        {
            Id = Guid.CreateVersion7(),
            DomainName = name.Value!,
            ManagerId = userId,
            SubscriptionStatus = SubscriptionStatus.Trial,
            TrialEndsAt = Clock.Now(time).AddDays(subscription.Value.TrialDays),
        };

        // Sign-in only accepts provider-verified emails, so an email at the domain shows the creator works there.
        if (EmailOwnership.IsAt(creator.Email, domain.DomainName))
        {
            domain.VerifiedAt = Clock.Now(time);
            domain.VerificationMethod = DomainVerificationMethod.Email;
        }

        db.Domains.Add(domain);
        db.Memberships.Add(new Membership { Domain = domain, UserId = userId, Role = MemberRole.Manager });
        var isSignup = signupDomainId is null;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);

            // Recorded once the creator is a member: the database takes audit entries from members only.
            await db.RecordAsync(domain.Id, new DomainCreated(domain.DomainName), cancellationToken);
            if (isSignup)
            {
                // The first domain is the sign-up domain (rule 3, docs/rules.md#r3).
                await db.SetSignupDomainIfNoneAsync(userId, domain.Id, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw DomainTaken(name.Value!);
        }

        return new DomainSummary(domain.Id, domain.DomainName, MemberRole.Manager, domain.SubscriptionStatus, isSignup, domain.IsVerified);
    }

    public async Task<DomainSettings> GetSettingsAsync(Caller caller, string domainName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var domain = access.Domain;
        var isSignup = await db.CountSignupUsersAsync(domain.Id, cancellationToken) > 0;
        return new DomainSettings(domain.Id, domain.DomainName, access.Membership.Role,
            SubscriptionRules.EffectiveStatus(domain, time.GetUtcNow()), domain.TrialEndsAt, domain.DefaultRedirectType, isSignup,
            domain.CreatedAt, DomainVerificationView.Of(domain, access.IsManager), domain.ForwardQueryParameters, domain.QueryOverridesUtm);
    }

    public Task UpdateRedirectTypeAsync(Caller caller, string domainName, int redirectType, CancellationToken cancellationToken) =>
        UpdateSettingsAsync(caller, domainName, new DomainSettingsChange(RedirectType: redirectType), cancellationToken);

    /// <summary>Whether short-link visits pass their query parameters on, and whether forwarded utm_* may replace the link's own.</summary>
    public Task UpdateQueryForwardingAsync(
        Caller caller, string domainName, bool forwardQueryParameters, bool queryOverridesUtm, CancellationToken cancellationToken) =>
        // The page's switch may still be on while forwarding is turned off: nothing is forwarded, so nothing can override.
        UpdateSettingsAsync(caller, domainName,
            new DomainSettingsChange(ForwardQueryParameters: forwardQueryParameters, QueryOverridesUtm: queryOverridesUtm && forwardQueryParameters),
            cancellationToken);

    /// <summary>
    /// Changes the settings the change names, all or nothing: everything is checked before anything is written, and
    /// the writes share one transaction (an API PATCH names several at once). A change that names nothing is still a
    /// manager's, so a team member is refused whatever they send. Each group changed is its own audit entry, as when
    /// the page changes them one by one.
    /// </summary>
    public async Task UpdateSettingsAsync(Caller caller, string domainName, DomainSettingsChange change, CancellationToken cancellationToken)
    {
        if (change.RedirectType is { } wanted && !RedirectTypes.Contains(wanted))
        {
            throw ValidationProblem.ForField("redirectType", "Choose 302 (temporary), 301 (permanent), 307 or 308.");
        }

        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken))
            .RequireManager("change its settings").RequireWritable(time);
        var domain = access.Domain;
        var redirectType = change.RedirectType ?? domain.DefaultRedirectType;
        var forward = change.ForwardQueryParameters ?? domain.ForwardQueryParameters;
        if (change.QueryOverridesUtm == true && !forward)
        {
            throw ValidationProblem.ForField("queryOverridesUtm",
                "Forwarded utm_* parameters can replace the link's own only while query parameters are forwarded: turn forwarding on too.");
        }

        var overrides = (change.QueryOverridesUtm ?? domain.QueryOverridesUtm) && forward;
        var redirectChange = ValueChange<int>.IfChanged(domain.DefaultRedirectType, redirectType);
        var forwardingChange = new DomainSettingsChanged(
            ForwardQueryParameters: ValueChange<bool>.IfChanged(domain.ForwardQueryParameters, forward),
            QueryOverridesUtm: ValueChange<bool>.IfChanged(domain.QueryOverridesUtm, overrides));
        var forwardingChanged = forwardingChange.ForwardQueryParameters is not null || forwardingChange.QueryOverridesUtm is not null;
        if (redirectChange is null && !forwardingChanged)
        {
            return;
        }

        domain.DefaultRedirectType = redirectType;
        domain.ForwardQueryParameters = forward;
        domain.QueryOverridesUtm = overrides;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (redirectChange is not null)
        {
            await db.RecordAsync(domain.Id, new DomainSettingsChanged(redirectChange), cancellationToken);
        }

        if (forwardingChanged)
        {
            await db.RecordAsync(domain.Id, forwardingChange, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        shortLinks.EvictDomain(domain.Id);
    }

    /// <summary>
    /// Rule 4 (docs/rules.md#r4): managers only; never a domain that someone signed up with; confirmed by typing its name.
    /// Teams, campaigns, links, invitations and requests go with it (cascades); the audit entry stays.
    /// </summary>
    public async Task DeleteAsync(Caller caller, string domainName, string? typedConfirmation, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("delete it");
        var domain = access.Domain;
        if (!string.Equals(typedConfirmation?.Trim(), domain.DomainName, StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationProblem($"Type {domain.DomainName} exactly to confirm the deletion.");
        }

        var signedUp = await db.CountSignupUsersAsync(domain.Id, cancellationToken);
        if (signedUp > 0)
        {
            throw new RuleProblem(ErrorCodes.DomainIsSignupDomain,
                $"{domain.DomainName} can't be deleted: {signedUp} {(signedUp == 1 ? "person" : "people")} signed up with it, " +
                "and everyone needs the domain they signed up with.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.RecordAsync(domain.Id, new DomainDeleted(domain.DomainName), cancellationToken);
        await db.Domains.Where(d => d.Id == domain.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        shortLinks.EvictDomain(domain.Id);
    }

    private static RuleProblem DomainTaken(string name) => new(ErrorCodes.DomainTaken,
        $"{name} already has a team on UtmStudio. You can ask its managers for access.");
}
