using Microsoft.EntityFrameworkCore;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;
using UtmStudio.Identity;

namespace UtmStudio.Features.Team;

/// <summary>
/// The invited person's answer (rule 5): signed in with the invited, provider-verified email, they accept or
/// decline. Nothing is accepted for them — not at sign-in, not by opening the link. Accepting makes the domain
/// their sign-up domain only when it is their first one (rule 3); an invitation accepted later never pins.
/// </summary>
public sealed class InvitationAcceptance(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Open invitations for the user's email, for the welcome page and the in-app notice.</summary>
    public async Task<IReadOnlyList<MyInvitation>> ListMineAsync(Caller caller, CancellationToken cancellationToken)
    {
        var userId = caller.RequirePerson();
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(cancellationToken);
        var now = Clock.Now(time);
        return await db.Invitations.AsNoTracking()
            .Where(i => i.Email == email && i.AcceptedAt == null && i.RevokedAt == null && i.DeclinedAt == null && i.ExpiresAt > now)
            .Where(i => !db.Memberships.Any(m => m.DomainId == i.DomainId && m.UserId == userId))
            .OrderBy(i => i.CreatedAt)
            .Select(i => new MyInvitation(i.Token, i.Domain!.DomainName, i.Role,
                db.Users.Where(u => u.Id == i.InvitedBy).Select(u => u.DisplayName ?? u.Email).FirstOrDefault(), i.ExpiresAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>What an invitation link offers the signed-in user. Changes nothing: they answer it next.</summary>
    public async Task<InvitationOutcome> OpenLinkAsync(Caller caller, string token, bool emailVerified, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var (_, invitation, answer) = await FindOpenAsync(db, caller, token, emailVerified, cancellationToken);
        if (answer is not null)
        {
            return answer;
        }

        var invitedBy = await db.Users.Where(u => u.Id == invitation!.InvitedBy)
            .Select(u => u.DisplayName ?? u.Email).FirstOrDefaultAsync(cancellationToken);
        return new InvitationOutcome.Offered(
            new MyInvitation(invitation!.Token, invitation.Domain!.DomainName, invitation.Role, invitedBy, invitation.ExpiresAt));
    }

    /// <summary>Accepts the invitation that this link token names, for the signed-in user it is for.</summary>
    public async Task<InvitationOutcome> AcceptLinkAsync(Caller caller, string token, bool emailVerified, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var (user, invitation, answer) = await FindOpenAsync(db, caller, token, emailVerified, cancellationToken);
        if (answer is not null)
        {
            return answer;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Rule 3: the first domain someone chooses is the one they signed up with; later ones never pin them.
        var isFirstDomain = !await db.Memberships.AnyAsync(m => m.UserId == user.Id, cancellationToken);
        // Joining first: row security lets an invited person add themselves only while the invitation is open.
        db.Memberships.Add(new Membership { DomainId = invitation!.DomainId, UserId = user.Id, Role = invitation.Role });
        await db.SaveChangesAsync(cancellationToken);
        if (isFirstDomain)
        {
            await db.SetSignupDomainIfNoneAsync(user.Id, invitation.DomainId, cancellationToken);
        }

        invitation.AcceptedAt = Clock.Now(time);
        invitation.AcceptedBy = user.Id;
        await db.SaveChangesAsync(cancellationToken);
        await db.RecordAsync(invitation.DomainId, new InvitationAccepted(user.Email), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new InvitationOutcome.Joined(invitation.Domain!.DomainName, invitation.Role);
    }

    /// <summary>Declines the invitation that this link token names; it closes, and its managers see that.</summary>
    public async Task<InvitationOutcome> DeclineLinkAsync(Caller caller, string token, bool emailVerified, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var (user, invitation, answer) = await FindOpenAsync(db, caller, token, emailVerified, cancellationToken);
        if (answer is not null)
        {
            return answer;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Recorded while the invitation is still open: the database takes an invited person's entry only then.
        await db.RecordAsync(invitation!.DomainId, new InvitationDeclined(user.Email), cancellationToken);
        invitation.DeclinedAt = Clock.Now(time);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new InvitationOutcome.Declined(invitation.Domain!.DomainName);
    }

    /// <summary>
    /// The open invitation behind the token, when it is for this user and they may answer it; otherwise the
    /// answer to show instead (another email's, already a member, withdrawn, used, declined, expired, unverified).
    /// </summary>
    private async Task<(User User, Invitation? Invitation, InvitationOutcome? Answer)> FindOpenAsync(
        AppDbContext db, Caller caller, string token, bool emailVerified, CancellationToken cancellationToken)
    {
        var userId = caller.RequirePerson();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        // Not joined with its domain: row security hides the domain of a closed or expired invitation from the
        // invited person, and such a join would drop the invitation too (then explained as another email's).
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Token == token, cancellationToken);
        if (invitation is null || invitation.Email != user.Email)
        {
            var invitedEmail = await db.FindInvitationEmailAsync(token, cancellationToken);
            return (user, null, invitedEmail is null
                ? new InvitationOutcome.Unusable("This invitation link is not valid. Ask your manager for a new one.")
                : new InvitationOutcome.OtherEmail(InvitationLinks.MaskEmail(invitedEmail)));
        }

        if (invitation.RevokedAt is not null)
        {
            return (user, null, new InvitationOutcome.Unusable("This invitation was withdrawn. Ask your manager for a new one."));
        }

        if (await db.Memberships.AnyAsync(m => m.DomainId == invitation.DomainId && m.UserId == userId, cancellationToken))
        {
            await db.Entry(invitation).Reference(i => i.Domain).LoadAsync(cancellationToken);
            return (user, null, new InvitationOutcome.Joined(invitation.Domain!.DomainName, invitation.Role));
        }

        var refusal = invitation switch
        {
            { AcceptedAt: not null } => "This invitation was already used. Ask your manager for a new one.",
            { DeclinedAt: not null } => "You declined this invitation. If you changed your mind, ask a manager of the domain to invite you again.",
            _ when invitation.ExpiresAt <= Clock.Now(time) => "This invitation has expired. Ask your manager to send it again.",
            _ when !emailVerified => "Your sign-in provider hasn't verified your email yet. Verify it there, then open the invitation again.",
            _ => null,
        };
        if (refusal is not null)
        {
            return (user, null, new InvitationOutcome.Unusable(refusal));
        }

        await db.Entry(invitation).Reference(i => i.Domain).LoadAsync(cancellationToken);
        return (user, invitation, null);
    }
}
