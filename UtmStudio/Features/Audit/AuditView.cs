namespace UtmStudio.Features.Audit;

/// <summary>
/// What the audit page shows for one domain and one filter: the members (for the actor filter and for naming
/// people), the entries read so far, and where to read on. Carried from the prerender to the interactive render.
/// </summary>
public sealed record AuditView(
    string Domain, AuditFilter Filter, IReadOnlyList<AuditPerson> People, IReadOnlyList<AuditRow> Entries, string? Older, bool LogIsEmpty)
{
    /// <summary>The entries with their readable text.</summary>
    public IReadOnlyList<AuditItem> Items()
    {
        var names = People.ToDictionary(p => p.UserId, p => p.Label);
        return Entries.Select(r => new AuditItem(r, AuditDescriptions.Who(r), AuditDescriptions.Describe(r, names))).ToList();
    }
}

/// <summary>An audit row with its readable text.</summary>
public sealed record AuditItem(AuditRow Row, string Who, AuditLine Line);
