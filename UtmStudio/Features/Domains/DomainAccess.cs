using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Shared;
using UtmStudio.Features.Subscription;
using UtmStudio.Identity;

namespace UtmStudio.Features.Domains;

/// <summary>A domain as one member sees it: the row and their role in it.</summary>
public sealed record DomainMembership(Domain Domain, Membership Membership)
{
    public bool IsManager => Membership.Role == MemberRole.Manager;

    /// <summary>Inactive, or a trial past its end (by the services' clock, so every check agrees on "now").</summary>
    public bool IsReadOnlyAt(DateTimeOffset now) => SubscriptionRules.EffectiveStatus(Domain, now) == SubscriptionStatus.Inactive;
}

/// <summary>
/// The membership check every domain operation starts with. Anything the caller is not a member of is
/// "not found" (never "forbidden"), so ids and names of other domains reveal nothing.
/// </summary>
public static class DomainAccess
{
    public static async Task<DomainMembership> RequireMemberAsync(
        this AppDbContext db, string domainName, Caller caller, CancellationToken cancellationToken)
    {
        // /d/ACME.test or /d/bücher.de name the same domain as /d/acme.test or /d/xn--bcher-kva.de.
        var name = DomainName.Canonical(domainName) ?? domainName;
        if (caller.PersonId is not { } personId)
        {
            throw new NotFoundProblem("That domain");
        }

        var membership = await db.Memberships.Include(m => m.Domain)
            .SingleOrDefaultAsync(m => m.Domain!.DomainName == name && m.UserId == personId, cancellationToken);
        var outsideKeyDomain = caller is Caller.ApiKey key && membership?.DomainId != key.DomainId;
        return membership?.Domain is null || outsideKeyDomain
            ? throw new NotFoundProblem("That domain")
            : new DomainMembership(membership.Domain, membership);
    }

    public static DomainMembership RequireManager(this DomainMembership access, string action)
    {
        if (!access.IsManager)
        {
            throw new ForbiddenProblem($"Only managers of {access.Domain.DomainName} can {action}.");
        }

        return access;
    }

    /// <summary>An inactive domain is read-only for everyone in it (its short links keep working).</summary>
    public static DomainMembership RequireWritable(this DomainMembership access, TimeProvider time)
    {
        if (access.IsReadOnlyAt(time.GetUtcNow()))
        {
            throw new RuleProblem(ErrorCodes.DomainReadOnly,
                $"{access.Domain.DomainName} is inactive, so it is read-only. Its short links keep working; " +
                "contact us to reactivate the subscription.");
        }

        return access;
    }
}
