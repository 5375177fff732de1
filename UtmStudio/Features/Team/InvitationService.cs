using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtmStudio.Data;
using UtmStudio.Data.Entities;
using UtmStudio.Data.Tenancy;
using UtmStudio.Features.Account;
using UtmStudio.Features.Audit;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Email;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Team;

/// <summary>Rule 5: managers add people by email; existing users join at once, new ones are invited.</summary>
public sealed class InvitationService(
    IDbContextFactory<AppDbContext> dbFactory, IEmailSender email, IOptions<InvitationOptions> options, TimeProvider time,
    ILogger<InvitationService> logger)
{
    public async Task<AddMemberResult> AddAsync(
        Guid userId, string domainName, string? typedEmail, MemberRole role, Uri baseUri, CancellationToken cancellationToken)
    {
        var address = EmailAddress.Normalize(typedEmail) ?? throw new ValidationProblem("Enter a valid email address, like jane@acme.com.");
        await using var db = await dbFactory.ForUserAsync(userId, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, userId, cancellationToken)).RequireManager("add people").RequireWritable(time);
        var domain = access.Domain;

        if (await db.FindUserIdByEmailAsync(address, cancellationToken) is { } existingUserId)
        {
            return await AddExistingUserAsync(db, access, existingUserId, address, role, userId, cancellationToken);
        }

        var now = Clock.Now(time);
        var open = await db.Invitations.SingleOrDefaultAsync(
            i => i.DomainId == domain.Id && i.Email == address && i.AcceptedAt == null && i.RevokedAt == null, cancellationToken);
        if (open is not null && open.ExpiresAt > now)
        {
            throw new RuleProblem("already_invited", $"{address} is already invited. You can resend or copy the invitation below.");
        }

        if (open is not null)
        {
            open.RevokedAt = now; // expired: replaced by the new one
        }

        var invitation = new Invitation
        {
            DomainId = domain.Id,
            Email = address,
            Role = role,
            Token = InvitationLinks.NewToken(),
            InvitedBy = userId,
            ExpiresAt = now.Add(options.Value.Lifetime),
            LastSentAt = now,
        };
        db.Invitations.Add(invitation);
        db.Record(domain, userId, AuditActions.InvitationCreated, new { email = address, role = TeamService.Describe(role) });
        await db.SaveChangesAsync(cancellationToken);

        var link = InvitationLinks.For(baseUri, invitation.Token);
        var sent = await SendAsync(domain.DomainName, invitation, link, cancellationToken);
        return new AddMemberResult.Invited(address, link, invitation.ExpiresAt, sent);
    }

    public async Task ResendAsync(Guid userId, string domainName, Guid invitationId, Uri baseUri, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForUserAsync(userId, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, userId, cancellationToken)).RequireManager("resend invitations").RequireWritable(time);
        var invitation = await FindOpenAsync(db, access, invitationId, cancellationToken);
        var now = Clock.Now(time);
        invitation.LastSentAt = now;
        invitation.ExpiresAt = now.Add(options.Value.Lifetime);
        db.Record(access.Domain, userId, AuditActions.InvitationResent, new { email = invitation.Email });
        await db.SaveChangesAsync(cancellationToken);
        if (!await SendAsync(access.Domain.DomainName, invitation, InvitationLinks.For(baseUri, invitation.Token), cancellationToken))
        {
            throw new RuleProblem("email_failed",
                $"The invitation for {invitation.Email} was renewed, but the email couldn't be sent. Copy its link and send it yourself.");
        }
    }

    public async Task RevokeAsync(Guid userId, string domainName, Guid invitationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForUserAsync(userId, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, userId, cancellationToken)).RequireManager("revoke invitations");
        var invitation = await FindOpenAsync(db, access, invitationId, cancellationToken);
        invitation.RevokedAt = Clock.Now(time);
        db.Record(access.Domain, userId, AuditActions.InvitationRevoked, new { email = invitation.Email });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<AddMemberResult> AddExistingUserAsync(
        AppDbContext db, DomainMembership access, Guid personId, string email, MemberRole role, Guid actorId, CancellationToken cancellationToken)
    {
        if (await db.Teams.AnyAsync(m => m.DomainId == access.Domain.Id && m.UserId == personId, cancellationToken))
        {
            throw new RuleProblem("already_member", $"{email} is already a member of {access.Domain.DomainName}.");
        }

        // Being added by a manager is not signing up: the person did not choose this domain, so it does not
        // become their sign-up domain (which they could never leave).
        db.Teams.Add(new Membership { DomainId = access.Domain.Id, UserId = personId, Role = role });
        db.Record(access.Domain, actorId, AuditActions.MemberAdded, new { member = personId, email, role = TeamService.Describe(role) });
        await db.SaveChangesAsync(cancellationToken);
        return new AddMemberResult.Joined(email);
    }

    private static async Task<Invitation> FindOpenAsync(AppDbContext db, DomainMembership access, Guid invitationId, CancellationToken cancellationToken) =>
        await db.Invitations.SingleOrDefaultAsync(
            i => i.Id == invitationId && i.DomainId == access.Domain.Id && i.AcceptedAt == null && i.RevokedAt == null, cancellationToken)
        ?? throw new NotFoundProblem("That invitation");

    /// <summary>Sends the invitation email; a mail server problem must not undo the invitation itself.</summary>
    private async Task<bool> SendAsync(string domainName, Invitation invitation, string link, CancellationToken cancellationToken)
    {
        try
        {
            await email.SendAsync(Compose(domainName, invitation, link), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Sending the invitation email for domain {Domain} failed", domainName);
            return false;
        }
    }

    private static EmailMessage Compose(string domainName, Invitation invitation, string link) =>
        new(
            invitation.Email,
            $"You're invited to {domainName} on UtmStudio",
            $"""
            You have been invited to join {domainName} on UtmStudio as {TeamService.Describe(invitation.Role)}.

            Sign in with this email address ({invitation.Email}) to accept, or open this link:
            {link}

            The invitation expires on {invitation.ExpiresAt:d MMMM yyyy}.
            """);
}
