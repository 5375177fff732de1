namespace UtmStudio.Data.Entities;

/// <summary>A person's role in a domain (stored as 'manager' / 'team_member', as in the brief).</summary>
public enum MemberRole
{
    TeamMember,
    Manager,
}
