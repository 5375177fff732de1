namespace UtmStudio.Features.Links.Conventions.Settings;

/// <summary>The sources or the mediums as the page edits them: rows of value and description, and the closed-list switch.</summary>
public sealed class ValueListForm
{
    public List<ValueRow> Rows { get; } = [];

    public bool ClosedList { get; set; }

    public void Load(AllowedValues values)
    {
        Rows.Clear();
        Rows.AddRange(values.Values.Select(v => new ValueRow { Value = v.Value, Description = v.Description }));
        ClosedList = values.ClosedList;
    }

    /// <summary>A blank description is no description; values are kept as typed, so the checks can name a stray space.</summary>
    public AllowedValues ToAllowedValues() => new()
    {
        Values = [.. Rows.Select(r => new AllowedValue(r.Value, string.IsNullOrWhiteSpace(r.Description) ? null : r.Description.Trim()))],
        ClosedList = ClosedList,
    };

    public void Tidy(Func<string, string> tidy)
    {
        foreach (var row in Rows)
        {
            row.Value = tidy(row.Value);
        }

        // Two values that the rules make one ("Google" and "google") become one row, keeping the first description.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Rows.RemoveAll(r => r.Value.Length > 0 && !seen.Add(r.Value));
    }
}

public sealed class ValueRow
{
    public string Value { get; set; } = "";

    public string? Description { get; set; }
}
