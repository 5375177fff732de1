using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Team;

/// <summary>An invitation waiting for the signed-in user.</summary>
public sealed record MyInvitation(string Token, string DomainName, MemberRole Role, string? InvitedBy, DateTimeOffset ExpiresAt);

/// <summary>What opening an invitation link did.</summary>
public abstract record InvitationOutcome
{
    private InvitationOutcome()
    {
    }

    public sealed record Joined(string DomainName, MemberRole Role) : InvitationOutcome;

    /// <summary>The link is for another email; <see cref="MaskedEmail"/> says which, partly.</summary>
    public sealed record OtherEmail(string MaskedEmail) : InvitationOutcome;

    public sealed record Unusable(string Reason) : InvitationOutcome;
}

/// <summary>
/// Accepting invitations: automatically when someone signs in with an invited, provider-verified email,
/// or by opening the link while signed in with that email.
/// </summary>
public sealed class InvitationAcceptance(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Open invitations for the user's email, for the welcome page.</summary>
    public async Task<IReadOnlyList<MyInvitation>> ListMineAsync(Caller caller, CancellationToken cancellationToken)
    {
        var userId = caller.RequirePerson();
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(cancellationToken);
        var now = Clock.Now(time);
        return await db.Invitations.AsNoTracking()
            .Where(i => i.Email == email && i.AcceptedAt == null && i.RevokedAt == null && i.DeclinedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new MyInvitation(i.Token, i.Domain!.DomainName, i.Role,
                db.Users.Where(u => u.Id == i.InvitedBy).Select(u => u.DisplayName ?? u.Email).FirstOrDefault(), i.ExpiresAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Accepts every open invitation for the user's email; returns the domains joined.</summary>
    public async Task<IReadOnlyList<string>> AcceptAllForAsync(Caller caller, bool emailVerified, CancellationToken cancellationToken)
    {
        var userId = caller.RequirePerson();
        if (!emailVerified)
        {
            return [];
        }

        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        var now = Clock.Now(time);
        var invitations = await db.Invitations.Include(i => i.Domain)
            .Where(i => i.Email == user.Email && i.AcceptedAt == null && i.RevokedAt == null && i.DeclinedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt)
            .ToListAsync(cancellationToken);
        var joined = new List<string>();
        foreach (var invitation in invitations)
        {
            if (await AcceptAsync(db, invitation, user, now, cancellationToken))
            {
                joined.Add(invitation.Domain!.DomainName);
            }
        }

        return joined;
    }

    public async Task<InvitationOutcome> AcceptLinkAsync(Caller caller, string token, bool emailVerified, CancellationToken cancellationToken)
    {
        var userId = caller.RequirePerson();
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        // Not joined with its domain: row security hides the domain of a revoked or expired invitation from
        // the invited person, and such a join would drop the invitation too (then explained as another email's).
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Token == token, cancellationToken);
        if (invitation is null || invitation.Email != user.Email)
        {
            var invitedEmail = await Domains.DomainDirectory.FindInvitationEmailAsync(db, token, cancellationToken);
            return invitedEmail is null
                ? new InvitationOutcome.Unusable("This invitation link is not valid. Ask your manager for a new one.")
                : new InvitationOutcome.OtherEmail(InvitationLinks.MaskEmail(invitedEmail));
        }

        var now = Clock.Now(time);
        var alreadyMember = await db.Memberships.AnyAsync(m => m.DomainId == invitation.DomainId && m.UserId == userId, cancellationToken);
        if (invitation.RevokedAt is not null)
        {
            return new InvitationOutcome.Unusable("This invitation was withdrawn. Ask your manager for a new one.");
        }

        if (alreadyMember)
        {
            await db.Entry(invitation).Reference(i => i.Domain).LoadAsync(cancellationToken);
            return new InvitationOutcome.Joined(invitation.Domain!.DomainName, invitation.Role);
        }

        if (invitation.AcceptedAt is not null)
        {
            return new InvitationOutcome.Unusable("This invitation was already used. Ask your manager for a new one.");
        }

        if (invitation.ExpiresAt <= now)
        {
            return new InvitationOutcome.Unusable("This invitation has expired. Ask your manager to send it again.");
        }

        if (!emailVerified)
        {
            return new InvitationOutcome.Unusable("Your sign-in provider hasn't verified your email yet. Verify it there, then open the link again.");
        }

        await db.Entry(invitation).Reference(i => i.Domain).LoadAsync(cancellationToken);
        await AcceptAsync(db, invitation, user, now, cancellationToken);
        return new InvitationOutcome.Joined(invitation.Domain!.DomainName, invitation.Role);
    }

    private static async Task<bool> AcceptAsync(AppDbContext db, Invitation invitation, User user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var alreadyMember = await db.Memberships.AnyAsync(m => m.DomainId == invitation.DomainId && m.UserId == user.Id, cancellationToken);
        if (!alreadyMember)
        {
            // Joining first: row security lets an invited person add themselves only while the invitation is open.
            db.Memberships.Add(new Membership { DomainId = invitation.DomainId, UserId = user.Id, Role = invitation.Role });
            await db.SaveChangesAsync(cancellationToken);
            await db.SetSignupDomainIfNoneAsync(user.Id, invitation.DomainId, cancellationToken);
        }

        invitation.AcceptedAt = now;
        invitation.AcceptedBy = user.Id;
        await db.SaveChangesAsync(cancellationToken);
        await db.RecordAsync(invitation.DomainId, new InvitationAccepted(user.Email), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return !alreadyMember;
    }
}
