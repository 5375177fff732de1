using UtmStudio.Features.Audit;

namespace UtmStudio.Features.Links.Conventions.Settings;

/// <summary>
/// A manager saved new conventions. A link.* action, so every member may read it: the conventions change how
/// everyone's links are built. The details are short sentences of what changed (<see cref="ConventionSummary"/>),
/// not the whole document, so the log stays readable.
/// </summary>
public sealed record LinkConventionsChanged(IReadOnlyList<string>? Changes = null) : IAuditEvent<LinkConventionsChanged>
{
    public static string Action => "link.conventions_changed";

    public AuditLine Describe(AuditPeople people) =>
        new("Changed the team's UTM conventions", Changes is { Count: > 0 } changes ? string.Join(" ", changes) : null);
}
