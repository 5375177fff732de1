using Microsoft.EntityFrameworkCore;
using Npgsql;
using UtmStudio.Components.Shared;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Team;

public sealed record MyAccessRequest(Guid Id, string DomainName, DateTimeOffset? RequestedAt);

/// <summary>A request of the caller's that a domain's managers declined recently.</summary>
public sealed class DeclinedAccessRequest
{
    public string DomainName { get; init; } = string.Empty;

    public DateTimeOffset DecidedAt { get; init; }
}

/// <summary>Rule 3 (docs/rules.md#r3): an existing domain is joined by asking its managers, who approve or decline.</summary>
public sealed class AccessRequestService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The code of the limits in <see cref="AccessRequestLimits"/> (an API answers it as 429 Too Many Requests).</summary>
    public const string RateLimited = ErrorCodes.RateLimited;

    public async Task<MyAccessRequest> RequestAsync(Caller caller, string? typedName, CancellationToken cancellationToken)
    {
        var userId = caller.RequirePerson();
        var name = DomainName.Normalize(typedName);
        if (!name.IsValid)
        {
            throw new ValidationProblem(name.Error!);
        }

        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var domainId = await db.FindDomainIdByNameAsync(name.Value!, cancellationToken)
            ?? throw new RuleProblem(ErrorCodes.DomainNotFound, $"No team uses {name.Value} yet. You can create it instead.");
        if (await db.Memberships.AnyAsync(m => m.DomainId == domainId && m.UserId == userId, cancellationToken))
        {
            throw new RuleProblem(ErrorCodes.TeamAlreadyMember, $"You are already a member of {name.Value}.");
        }

        if (await db.AccessRequests.AnyAsync(
                r => r.DomainId == domainId && r.UserId == userId && r.Status == AccessRequestStatus.Pending, cancellationToken))
        {
            throw AlreadyRequested(name.Value!);
        }

        await EnsureWithinLimitsAsync(db, userId, domainId, name.Value!, cancellationToken);
        var request = new AccessRequest { DomainId = domainId, UserId = userId };
        db.AccessRequests.Add(request);
        try
        {
            // The request first: row security accepts the requester's audit entry only for a domain they
            // have asked to join.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await db.RecordAsync(domainId, new AccessRequested(userId), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw AlreadyRequested(name.Value!); // asked twice at the same moment
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: AccessRequestLimits.DatabaseCapState })
        {
            throw new RuleProblem(RateLimited, "You've asked to join too many domains today. Please try again tomorrow.");
        }

        return new MyAccessRequest(request.Id, name.Value!, request.CreatedAt);
    }

    /// <summary>
    /// A pause after the managers declined (for that domain), then the daily cap: every request counts,
    /// withdrawn and declined ones too, or a request-then-withdraw loop would never stop.
    /// </summary>
    private async Task EnsureWithinLimitsAsync(AppDbContext db, Guid userId, Guid domainId, string domainName, CancellationToken cancellationToken)
    {
        var now = Clock.Now(time);
        var declinedSince = now - AccessRequestLimits.AfterDecline;
        var declinedAt = await db.AccessRequests
            .Where(r => r.UserId == userId && r.DomainId == domainId && r.Status == AccessRequestStatus.Declined && r.DecidedAt > declinedSince)
            .MaxAsync(r => r.DecidedAt, cancellationToken);
        if (declinedAt is { } declined)
        {
            throw new RuleProblem(RateLimited,
                $"The managers of {domainName} declined your request on {Display.Date(declined)}, so you can ask again from " +
                $"{Display.Date(declined + AccessRequestLimits.AfterDecline)}. If you work there, ask one of them to invite you.");
        }

        var windowStart = now - AccessRequestLimits.Window;
        var recent = await db.AccessRequests.Where(r => r.UserId == userId && r.CreatedAt > windowStart)
            .OrderByDescending(r => r.CreatedAt).Select(r => r.CreatedAt!.Value)
            .Take(AccessRequestLimits.PerWindow).ToListAsync(cancellationToken);
        if (recent.Count >= AccessRequestLimits.PerWindow)
        {
            // The next request fits once the oldest of the last few leaves the window.
            var wait = recent[^1] + AccessRequestLimits.Window - now;
            throw new RuleProblem(RateLimited,
                $"You've asked to join {AccessRequestLimits.PerWindow} times in the last 24 hours, which is the limit. " +
                $"You can ask again {AccessRequestLimits.Wait(wait)}, or ask a manager of {domainName} to invite you.");
        }
    }

    private static RuleProblem AlreadyRequested(string domainName) =>
        new(ErrorCodes.TeamAlreadyRequested, $"You already asked to join {domainName}. Its managers will answer soon.");

    public async Task<IReadOnlyList<MyAccessRequest>> ListMineAsync(Caller caller, CancellationToken cancellationToken)
    {
        var userId = caller.RequirePerson();
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        return await db.AccessRequests.AsNoTracking()
            .Where(r => r.UserId == userId && r.Status == AccessRequestStatus.Pending)
            .OrderBy(r => r.CreatedAt)
            .Select(r => new MyAccessRequest(r.Id, r.Domain!.DomainName, r.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Declined in the last two weeks, and not asked again since: the welcome page says so.</summary>
    public async Task<IReadOnlyList<DeclinedAccessRequest>> ListRecentlyDeclinedAsync(Caller caller, CancellationToken cancellationToken)
    {
        var userId = caller.RequirePerson();
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var since = time.GetUtcNow().AddDays(-14);
        return await db.Database
            .SqlQuery<DeclinedAccessRequest>(
                $"SELECT domain_name, decided_at FROM app_my_declined_requests({since})")
            .OrderBy(r => r.DomainName)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Takes a pending request back. The row stays (as withdrawn), so the daily cap still counts it.</summary>
    public async Task WithdrawAsync(Caller caller, Guid requestId, CancellationToken cancellationToken)
    {
        var userId = caller.RequirePerson();
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var request = await db.AccessRequests
            .SingleOrDefaultAsync(r => r.Id == requestId && r.UserId == userId && r.Status == AccessRequestStatus.Pending, cancellationToken)
            ?? throw new NotFoundProblem("That request");

        // Recorded while the request is still pending: the database takes a requester's entry only then.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.RecordAsync(request.DomainId, new AccessWithdrawn(userId), cancellationToken);
        request.Status = AccessRequestStatus.Withdrawn;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Approves (the requester joins as a team member) or declines a pending request; answers the requester's
    /// user id. A request another manager answered already is refused with what they decided, not as missing.</summary>
    public async Task<Guid> DecideAsync(Caller caller, string domainName, Guid requestId, bool approve, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("answer access requests");
        var userId = access.Membership.UserId;
        if (approve)
        {
            access.RequireWritable(time);
        }

        // A withdrawn request is gone as far as the managers know (it left their list): not found, like a wrong id.
        var request = await db.AccessRequests.Include(r => r.User)
            .SingleOrDefaultAsync(r => r.Id == requestId && r.DomainId == access.Domain.Id && r.Status != AccessRequestStatus.Withdrawn, cancellationToken)
            ?? throw new NotFoundProblem("That request");
        if (request.Status != AccessRequestStatus.Pending)
        {
            var decided = request.Status == AccessRequestStatus.Approved ? "approved" : "declined";
            throw new RuleProblem(ErrorCodes.TeamRequestAnswered,
                $"The request from {request.User!.Email} was already {decided} on {Display.Date(request.DecidedAt)}.");
        }

        request.Status = approve ? AccessRequestStatus.Approved : AccessRequestStatus.Declined;
        request.DecidedBy = userId;
        request.DecidedAt = Clock.Now(time);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var joins = approve && !await db.Memberships.AnyAsync(m => m.DomainId == access.Domain.Id && m.UserId == request.UserId, cancellationToken);
        if (joins)
        {
            db.Memberships.Add(new Membership { DomainId = access.Domain.Id, UserId = request.UserId, Role = MemberRole.TeamMember });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (approve)
        {
            await db.RecordAsync(access.Domain.Id, new AccessApproved(request.UserId, request.User!.Email), cancellationToken);
        }
        else
        {
            await db.RecordAsync(access.Domain.Id, new AccessDeclined(request.UserId, request.User!.Email), cancellationToken);
        }
        if (joins)
        {
            await db.SetSignupDomainIfNoneAsync(request.UserId, access.Domain.Id, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return request.UserId;
    }
}
