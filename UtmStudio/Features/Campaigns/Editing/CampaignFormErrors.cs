namespace UtmStudio.Features.Campaigns.Editing;

/// <summary>
/// The messages the dialog shows at its fields: its own check as the person types (the service's own
/// <see cref="CampaignValidation"/>, so the words are the same), shown once a field was touched or a save was tried;
/// and the server's refusal, shown until that field changes.
/// </summary>
public sealed class CampaignFormErrors
{
    private static readonly Dictionary<string, string[]> None = [];
    private readonly HashSet<string> _touched = [];
    private IReadOnlyDictionary<string, string[]> _live = None;
    private Dictionary<string, string[]> _server = [];

    /// <summary>After a save was tried every field shows its message, touched or not.</summary>
    public bool ShowAll { get; set; }

    /// <summary>The server's messages (the targeting editor takes its "targeting.…" keys from these).</summary>
    public IReadOnlyDictionary<string, string[]> Server => _server;

    /// <summary>Whether the dialog's own check finds anything to fix (a save would only be refused).</summary>
    public bool HasLive => _live.Count > 0;

    public void Check(CampaignDraft draft)
    {
        try
        {
            CampaignValidation.Check(draft);
            _live = None;
        }
        catch (Shared.ValidationProblem problem)
        {
            _live = problem.Errors;
        }
    }

    public void Touch(string field)
    {
        _touched.Add(field);
        if (_server.Remove(field))
        {
            _server = new(_server); // a new instance: the targeting editor notices server errors by reference
        }
    }

    /// <summary>Targeting changed: its server messages are the editor's to drop; ours go too.</summary>
    public void TouchTargeting()
    {
        _server = _server.Where(pair => !pair.Key.StartsWith("targeting", StringComparison.Ordinal)).ToDictionary();
    }

    public void FromServer(IReadOnlyDictionary<string, string[]> errors) => _server = errors.ToDictionary();

    public void FromServer(string field, string message) => _server = new(_server) { [field] = [message] };

    public void ClearServer() => _server = [];

    /// <summary>The message for a field (name, source, objective, description, endsOn, utmCampaign, utmId), or null.</summary>
    public string? For(string field) =>
        _server.TryGetValue(field, out var server) && server.Length > 0 ? string.Join(" ", server)
        : (ShowAll || _touched.Contains(field)) && _live.TryGetValue(field, out var live) && live.Length > 0 ? string.Join(" ", live)
        : null;
}
