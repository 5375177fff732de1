namespace UtmStudio.Features.Audit;

/// <summary>A kind of event to filter the log by: one action ("member.role_changed") or a group ("member").</summary>
public sealed record AuditKind(string Value, string Label, bool IsGroup);

/// <summary>
/// The kinds of event the log can be filtered by, from the events the features define
/// (<see cref="AuditEventCatalog"/>): each group (the part of the action before the dot) and its actions.
/// </summary>
public static class AuditKinds
{
    // Groups in the order a manager thinks of them; groups a later feature adds follow alphabetically.
    private static readonly string[] GroupOrder = ["domain", "campaign", "link", "member", "invitation", "access_request", "subscription"];

    private static readonly Lazy<IReadOnlyList<AuditKind>> Kinds = new(Build);

    public static IReadOnlyList<AuditKind> All => Kinds.Value;

    /// <summary>The actions a kind stands for; null for a kind that is neither a known action nor a group.</summary>
    public static IReadOnlyList<string>? ActionsOf(string kind) =>
        AuditEventCatalog.All.ContainsKey(kind) ? [kind]
        : AuditEventCatalog.All.Keys.Where(a => GroupOf(a) == kind).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } group ? group
        : null;

    public static string? LabelOf(string? kind) => All.FirstOrDefault(k => k.Value == kind)?.Label;

    private static string GroupOf(string action) => action.Split('.')[0];

    /// <summary>"access_request.created" reads "Access request created"; the group "access_request", "All access request events".</summary>
    private static string Words(string name)
    {
        var words = name.Replace('.', ' ').Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static IReadOnlyList<AuditKind> Build() =>
        AuditEventCatalog.All.Keys
            .GroupBy(GroupOf)
            .OrderBy(g => Array.IndexOf(GroupOrder, g.Key) is var i and >= 0 ? i : GroupOrder.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.Order(StringComparer.Ordinal)
                .Select(action => new AuditKind(action, Words(action), IsGroup: false))
                .Prepend(new AuditKind(g.Key, $"All {Words(g.Key).ToLowerInvariant()} events", IsGroup: true)))
            .ToList();
}
