using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Team;

/// <summary>Rule 5: who is in a domain, with which role; a domain always keeps at least one manager.</summary>
public sealed class TeamService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time, PublicUrl publicUrl)
{
    /// <summary>A declined invitation leaves the pending list at once, and is shown as declined this long, so
    /// its managers know the answer instead of wondering where it went.</summary>
    public static readonly TimeSpan DeclinedShownFor = TimeSpan.FromDays(14);

    public async Task<TeamView> GetAsync(Caller caller, string domainName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var domainId = access.Domain.Id;
        var userId = access.Membership.UserId;
        var members = await db.Memberships.AsNoTracking().Where(m => m.DomainId == domainId)
            .OrderBy(m => m.Role).ThenBy(m => m.User!.Email)
            .Select(m => new TeamMember(m.UserId, m.User!.Email, m.User.DisplayName, m.Role, m.CreatedAt, m.UserId == userId))
            .ToListAsync(cancellationToken);

        IReadOnlyList<PendingInvitation> invitations = [];
        IReadOnlyList<DeclinedInvitation> declined = [];
        IReadOnlyList<PendingAccessRequest> requests = [];
        if (access.IsManager)
        {
            var now = time.GetUtcNow();
            invitations = (await db.Invitations.AsNoTracking()
                    .Where(i => i.DomainId == domainId && i.AcceptedAt == null && i.RevokedAt == null && i.DeclinedAt == null)
                    .OrderBy(i => i.Email).ToListAsync(cancellationToken))
                .Select(i => new PendingInvitation(i.Id, i.Email, i.Role, InvitationLinks.For(publicUrl, i.Token), i.ExpiresAt,
                    i.LastSentAt, i.ExpiresAt <= now))
                .ToList();
            var declinedSince = now - DeclinedShownFor;
            declined = await db.Invitations.AsNoTracking()
                .Where(i => i.DomainId == domainId && i.DeclinedAt > declinedSince)
                .OrderByDescending(i => i.DeclinedAt)
                .Select(i => new DeclinedInvitation(i.Email, i.DeclinedAt!.Value))
                .ToListAsync(cancellationToken);
            requests = await db.AccessRequests.AsNoTracking()
                .Where(r => r.DomainId == domainId && r.Status == AccessRequestStatus.Pending)
                .OrderBy(r => r.CreatedAt)
                .Select(r => new PendingAccessRequest(r.Id, r.UserId, r.User!.Email, r.User.DisplayName, r.CreatedAt))
                .ToListAsync(cancellationToken);
        }

        return new TeamView(domainId, access.Domain.DomainName, access.IsManager, access.IsReadOnlyAt(time.GetUtcNow()), members, invitations, declined, requests);
    }

    public async Task ChangeRoleAsync(Caller caller, string domainName, Guid memberUserId, MemberRole role, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("change roles").RequireWritable(time);
        var member = await FindMemberAsync(db, access, memberUserId, cancellationToken);
        if (member.Role == role)
        {
            return;
        }

        if (member.Role == MemberRole.Manager)
        {
            await EnsureAnotherManagerAsync(db, access, memberUserId, "make them a team member", cancellationToken);
        }

        var before = member.Role;
        member.Role = role;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.RecordAsync(access.Domain.Id,
            new MemberRoleChanged(memberUserId, await EmailOfAsync(db, memberUserId, cancellationToken), Describe(before), Describe(role)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RemoveAsync(Caller caller, string domainName, Guid memberUserId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("remove members").RequireWritable(time);
        if (memberUserId == access.Membership.UserId)
        {
            throw new RuleProblem(ErrorCodes.TeamRemoveSelf, $"To leave {access.Domain.DomainName} yourself, use \"Leave domain\".");
        }

        var member = await FindMemberAsync(db, access, memberUserId, cancellationToken);
        if (member.Role == MemberRole.Manager)
        {
            await EnsureAnotherManagerAsync(db, access, memberUserId, "remove them", cancellationToken);
        }

        var email = await EmailOfAsync(db, memberUserId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Memberships.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        await db.RecordAsync(access.Domain.Id, new MemberRemoved(memberUserId, email), cancellationToken);
        await db.ForgetSignupDomainAsync(memberUserId, access.Domain.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Anyone may leave a domain, except their sign-up (home) domain, and except its last manager.</summary>
    public async Task LeaveAsync(Caller caller, string domainName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = await db.RequireMemberAsync(domainName, caller, cancellationToken);
        var userId = access.Membership.UserId;
        var isSignup = await db.Users.AnyAsync(u => u.Id == userId && u.SignupDomainId == access.Domain.Id, cancellationToken);
        if (isSignup)
        {
            throw new RuleProblem(ErrorCodes.TeamLeaveSignupDomain,
                $"{access.Domain.DomainName} is your home domain (the first domain you belonged to), and everyone keeps theirs, " +
                "so you can't leave it. You can leave domains you joined later.");
        }

        if (access.IsManager)
        {
            await EnsureAnotherManagerAsync(db, access, userId, "leave", cancellationToken);
        }

        // Recorded while still a member (the database takes audit entries from members only), then leave.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.RecordAsync(access.Domain.Id, new MemberLeft(userId), cancellationToken);
        db.Memberships.Remove(access.Membership);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Audit entries name people by email too, so they still read well after the person has left.</summary>
    private static Task<string> EmailOfAsync(AppDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(cancellationToken);

    internal static string Describe(MemberRole role) => role == MemberRole.Manager ? "manager" : "team member";

    private static async Task<Membership> FindMemberAsync(AppDbContext db, DomainMembership access, Guid memberUserId, CancellationToken cancellationToken) =>
        await db.Memberships.SingleOrDefaultAsync(m => m.DomainId == access.Domain.Id && m.UserId == memberUserId, cancellationToken)
        ?? throw new NotFoundProblem("That member");

    private static async Task EnsureAnotherManagerAsync(
        AppDbContext db, DomainMembership access, Guid leavingUserId, string action, CancellationToken cancellationToken)
    {
        var others = await db.Memberships.CountAsync(
            m => m.DomainId == access.Domain.Id && m.Role == MemberRole.Manager && m.UserId != leavingUserId, cancellationToken);
        if (others == 0)
        {
            throw new RuleProblem(ErrorCodes.TeamLastManager,
                $"{access.Domain.DomainName} must keep at least one manager. Make someone else a manager before you {action}.");
        }
    }
}
