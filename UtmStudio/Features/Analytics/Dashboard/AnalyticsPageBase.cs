using Microsoft.AspNetCore.Components;
using UtmStudio.Components.Shared;

namespace UtmStudio.Features.Analytics.Dashboard;

/// <summary>
/// An analytics page (domain, campaign or link): reads its range and bots switch from the address, so every change
/// is a navigation (bookmarkable, shareable, Back undoes it), and loads the report for them. While a new range
/// loads, the report of the same scope stays on screen under a progress bar rather than blinking away.
/// </summary>
public abstract class AnalyticsPageBase : DomainPageBase
{
    private AnalyticsPageState? _state;

    [Inject]
    private AnalyticsService Analytics { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "range")]
    public string? Range { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    [SupplyParameterFromQuery(Name = "bots")]
    public string? Bots { get; set; }

    /// <summary>The report as read, carried from the prerender into the interactive render.</summary>
    [PersistentState]
    public AnalyticsPageState? Persisted
    {
        get => _state;
        set => _state = value;
    }

    protected abstract AnalyticsScope Scope { get; }

    protected AnalyticsFilter Filter => AnalyticsFilter.FromQuery(Range, From, To, Bots);

    /// <summary>The report to show: this scope's, possibly for the previous range while the new one loads.</summary>
    protected AnalyticsReport? Report => _state is { } state && state.Report.Scope == Scope && SameDomain(state.Report.DomainName, Domain)
        ? state.Report
        : null;

    private string Key => Scope.Key + Scope.Id + Filter.ToQuery();

    protected override bool HasDataFor(string domain) => _state is not null && SameDomain(_state.Report.DomainName, domain) && _state.Key == Key;

    protected override async Task LoadAsync()
    {
        var key = Key;
        _state = new AnalyticsPageState(await Analytics.GetReportAsync(Caller, Domain, Scope, Filter, CancellationToken.None), key);
    }
}

/// <summary>What an analytics page carries from the prerender: the report and the address it answers.</summary>
public sealed record AnalyticsPageState(AnalyticsReport Report, string Key);
