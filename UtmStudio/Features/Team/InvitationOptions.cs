namespace UtmStudio.Features.Team;

public sealed class InvitationOptions
{
    public const string Section = "Invitations";

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);
}
