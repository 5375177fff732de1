using Microsoft.AspNetCore.Components;

namespace UtmStudio.Features.Campaigns.Targeting;

/// <summary>
/// Edits a <see cref="TargetingCriteria"/> with <c>@bind-Value</c>. The editor keeps its own copy between the
/// parent's renders, so a change is never undone by a parent that re-renders before it has stored it.
/// </summary>
public partial class TargetingEditor
{
    private TargetingCriteria _current = TargetingCriteria.Empty;
    private TargetingCriteria? _received;
    private IReadOnlyDictionary<string, string[]>? _receivedErrors;
    private IReadOnlyDictionary<string, string[]> _serverErrors = new Dictionary<string, string[]>();
    private IReadOnlyDictionary<string, string[]> _liveErrors = new Dictionary<string, string[]>();

    [Parameter]
    public TargetingCriteria Value { get; set; } = TargetingCriteria.Empty;

    [Parameter]
    public EventCallback<TargetingCriteria> ValueChanged { get; set; }

    [Parameter]
    public bool Disabled { get; set; }

    /// <summary>The server's refusal (<c>ValidationProblem.Errors</c>), keys like "targeting.locations[2]"; other keys are ignored.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string[]>? Errors { get; set; }

    private const string Prefix = TargetingLocation.RootKey + ".";

    private string? AgeMaxError => ErrorFor("ageRange.max") ?? ErrorFor("ageRange", exact: true);

    /// <summary>Messages no field shows (a property the editor does not know, a document that is not an object).</summary>
    private string? OtherErrors
    {
        get
        {
            var shown = new[] { "locations", "languages", "ageRange", "audiences", "devices", "custom" };
            var other = AllErrors()
                .Where(pair => pair.Key == TargetingLocation.RootKey || (pair.Key.StartsWith(Prefix, StringComparison.Ordinal)
                    && !shown.Contains(pair.Key[Prefix.Length..].Split('.', '[')[0])))
                .SelectMany(pair => pair.Value)
                .Distinct()
                .ToList();
            return other.Count == 0 ? null : string.Join(" ", other);
        }
    }

    protected override void OnParametersSet()
    {
        if (!Equals(Value, _received))
        {
            _received = Value;
            _current = Value;
            _liveErrors = Check(_current);
        }

        // New server errors are shown until the user changes something.
        if (!ReferenceEquals(Errors, _receivedErrors))
        {
            _receivedErrors = Errors;
            _serverErrors = Errors ?? new Dictionary<string, string[]>();
        }
    }

    private async Task UpdateAsync(TargetingCriteria next)
    {
        _current = next;
        _received = next;
        _liveErrors = Check(next);
        _serverErrors = new Dictionary<string, string[]>();
        await ValueChanged.InvokeAsync(next);
    }

    private Task SetMinAgeAsync(int? min) => UpdateAsync(_current with { AgeRange = WithoutEmpty(new AgeRange(min, _current.AgeRange?.Max)) });

    private Task SetMaxAgeAsync(int? max) => UpdateAsync(_current with { AgeRange = WithoutEmpty(new AgeRange(_current.AgeRange?.Min, max)) });

    // Devices stay in the documented order whatever order they are ticked in.
    private Task SetDeviceAsync(string device, bool on) =>
        UpdateAsync(_current with { Devices = [.. TargetingDevices.All.Where(d => d == device ? on : _current.Devices.Contains(d))] });

    private static AgeRange? WithoutEmpty(AgeRange range) => range.IsEmpty ? null : range;

    private static IEnumerable<TargetingOption> SearchCountries(string? text) =>
        Countries.Search(text).Select(country => new TargetingOption(country.Code, country.Name));

    private static IEnumerable<TargetingOption> SearchLanguages(string? text) =>
        Languages.Search(text).Select(language => new TargetingOption(language.Tag, language.Name));

    private static IReadOnlyDictionary<string, string[]> Check(TargetingCriteria criteria) =>
        TargetingSchema.Validate(TargetingJson.Serialize(criteria));

    /// <summary>
    /// The messages for a field ("locations" also takes "locations[2]"; "ageRange.min"), from the live check and the
    /// server, as one text; null when there are none.
    /// </summary>
    private string? ErrorFor(string field, bool exact = false)
    {
        var key = Prefix + field;
        var messages = AllErrors()
            .Where(pair => pair.Key == key || (!exact && (pair.Key.StartsWith(key + "[", StringComparison.Ordinal)
                || pair.Key.StartsWith(key + ".", StringComparison.Ordinal))))
            .SelectMany(pair => pair.Value)
            .Distinct()
            .ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private IEnumerable<KeyValuePair<string, string[]>> AllErrors() => _liveErrors.Concat(_serverErrors);
}
