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
using UtmStudio.Identity;

namespace UtmStudio.Features.Team;

/// <summary>
/// Rule 5 (docs/rules.md#r5): managers add people by email, and every addition is an invitation that the person accepts —
/// whether or not the address has an account, so the answer never tells which (no enumeration), and nobody
/// is joined to a domain without choosing it.
/// </summary>
public sealed class InvitationService(
    IDbContextFactory<AppDbContext> dbFactory, IEmailSender email, IOptions<InvitationOptions> options, TimeProvider time,
    PublicUrl publicUrl, ILogger<InvitationService> logger)
{
    public async Task<AddMemberResult> AddAsync(
        Caller caller, string domainName, string? typedEmail, MemberRole role, CancellationToken cancellationToken)
    {
        var address = EmailAddress.Normalize(typedEmail) ?? throw new ValidationProblem("Enter a valid email address, like jane@acme.com.");
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("add people").RequireWritable(time);
        var domain = access.Domain;

        // Members are on the team page already: saying so reveals nothing about anyone outside the domain.
        if (await db.Memberships.AnyAsync(m => m.DomainId == domain.Id && m.User!.Email == address, cancellationToken))
        {
            throw new RuleProblem(ErrorCodes.TeamAlreadyMember, $"{address} is already a member of {domain.DomainName}.");
        }

        var now = Clock.Now(time);
        var open = await db.Invitations.SingleOrDefaultAsync(
            i => i.DomainId == domain.Id && i.Email == address && i.AcceptedAt == null && i.RevokedAt == null && i.DeclinedAt == null,
            cancellationToken);
        if (open is not null && open.ExpiresAt > now)
        {
            throw new RuleProblem(ErrorCodes.TeamAlreadyInvited, $"{address} is already invited. You can resend or copy the invitation below.");
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
            InvitedBy = access.Membership.UserId,
            ExpiresAt = now.Add(options.Value.Lifetime),
            LastSentAt = now,
        };
        db.Invitations.Add(invitation);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await db.RecordAsync(domain.Id, new InvitationCreated(address, TeamService.Describe(role)), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var link = InvitationLinks.For(publicUrl, invitation.Token);
        var sent = await SendAsync(domain.DomainName, invitation, link, cancellationToken);
        return new AddMemberResult.Invited(address, link, invitation.ExpiresAt, sent);
    }

    public async Task ResendAsync(Caller caller, string domainName, Guid invitationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("resend invitations").RequireWritable(time);
        var invitation = await FindOpenAsync(db, access, invitationId, cancellationToken);
        var now = Clock.Now(time);
        invitation.LastSentAt = now;
        invitation.ExpiresAt = now.Add(options.Value.Lifetime);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await db.RecordAsync(access.Domain.Id, new InvitationResent(invitation.Email), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (!await SendAsync(access.Domain.DomainName, invitation, InvitationLinks.For(publicUrl, invitation.Token), cancellationToken))
        {
            throw new RuleProblem(ErrorCodes.EmailNotSent,
                $"The invitation for {invitation.Email} was renewed, but the email couldn't be sent. Copy its link and send it yourself.");
        }
    }

    public async Task RevokeAsync(Caller caller, string domainName, Guid invitationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.ForAsync(caller, cancellationToken);
        var access = (await db.RequireMemberAsync(domainName, caller, cancellationToken)).RequireManager("revoke invitations");
        var invitation = await FindOpenAsync(db, access, invitationId, cancellationToken);
        invitation.RevokedAt = Clock.Now(time);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.RecordAsync(access.Domain.Id, new InvitationRevoked(invitation.Email), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<Invitation> FindOpenAsync(AppDbContext db, DomainMembership access, Guid invitationId, CancellationToken cancellationToken) =>
        await db.Invitations.SingleOrDefaultAsync(
            i => i.Id == invitationId && i.DomainId == access.Domain.Id && i.AcceptedAt == null && i.RevokedAt == null && i.DeclinedAt == null,
            cancellationToken)
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
