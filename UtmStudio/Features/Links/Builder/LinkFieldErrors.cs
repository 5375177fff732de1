namespace UtmStudio.Features.Links.Builder;

/// <summary>
/// Which problems the fields show: a field's own once the person has been in it, all of them after a save was
/// tried. A fresh form is not a wall of red.
/// </summary>
public sealed class LinkFieldErrors
{
    private readonly HashSet<string> _touched = [];

    public IReadOnlyDictionary<string, string> Problems { get; set; } = new Dictionary<string, string>();

    public bool ShowAll { get; set; }

    public void Touch(string field) => _touched.Add(field);

    public string? For(string field) => (ShowAll || _touched.Contains(field)) && Problems.TryGetValue(field, out var message) ? message : null;
}
