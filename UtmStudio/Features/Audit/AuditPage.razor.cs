using Microsoft.AspNetCore.Components;
using UtmStudio.Features.Team;

namespace UtmStudio.Features.Audit;

public partial class AuditPage
{
    private IReadOnlyList<AuditItem> _rows = [];
    private string? _search;

    [Inject]
    private AuditService Audit { get; set; } = null!;

    [Inject]
    private TeamService Team { get; set; } = null!;

    protected override async Task LoadAsync()
    {
        _rows = [];
        var rows = await Audit.ListAsync(Caller, Domain, CancellationToken.None);
        var team = await Team.GetAsync(Caller, Domain, CancellationToken.None);
        var people = team.Members.ToDictionary(m => m.UserId, m => m.Name == m.Email ? m.Email : $"{m.Name} ({m.Email})");
        _rows = rows.Select(r => new AuditItem(r, AuditDescriptions.Who(r), AuditDescriptions.Describe(r, people))).ToList();
    }

    private bool Matches(AuditItem item) =>
        string.IsNullOrWhiteSpace(_search)
        || item.Who.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase)
        || item.Line.What.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase)
        || (item.Line.Details?.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase) ?? false);
}

/// <summary>An audit row with its readable text.</summary>
public sealed record AuditItem(AuditRow Row, string Who, AuditLine Line);
