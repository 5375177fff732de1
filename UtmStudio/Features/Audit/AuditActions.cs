namespace UtmStudio.Features.Audit;

/// <summary>The names of recorded events; stable, because the audit page and exports filter on them.</summary>
public static class AuditActions
{
    public const string DomainCreated = "domain.created";
    public const string DomainDeleted = "domain.deleted";
    public const string DomainSettingsChanged = "domain.settings_changed";
    public const string MemberAdded = "member.added";
    public const string MemberRemoved = "member.removed";
    public const string MemberLeft = "member.left";
    public const string MemberRoleChanged = "member.role_changed";
    public const string InvitationCreated = "invitation.created";
    public const string InvitationResent = "invitation.resent";
    public const string InvitationRevoked = "invitation.revoked";
    public const string InvitationAccepted = "invitation.accepted";
    public const string AccessRequested = "access_request.created";
    public const string AccessApproved = "access_request.approved";
    public const string AccessDeclined = "access_request.declined";
    public const string SubscriptionChanged = "subscription.changed";
    public const string TrialExpired = "subscription.trial_expired";
}
