using Microsoft.AspNetCore.Components;
using UtmStudio.Components.Shared;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Audit;

/// <summary>
/// The audit log of a domain, for its managers. The filter lives in the address (?kind=&amp;actor=&amp;from=&amp;to=),
/// so a filtered view can be bookmarked, shared and reloaded; changing a filter navigates, and the page reads
/// the log again. "Load older" reads the next page and appends it.
/// </summary>
public partial class AuditPage
{
    private AuditView? _view;
    private IReadOnlyList<AuditItem> _items = [];
    private string? _forbidden;
    private string? _invalid;
    private string? _loadedQuery;
    private bool _loadingOlder;

    [Inject]
    private AuditService Audit { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [SupplyParameterFromQuery(Name = "actor")]
    public string? Actor { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>The log as read for this domain and filter, carried from the prerender into the interactive render.</summary>
    [PersistentState]
    public AuditPageState? Persisted
    {
        get => _view is null ? null : new(_view, _loadedQuery ?? Query, _invalid);
        set => (_view, _loadedQuery, _invalid) = value is null ? (null, null, null) : (value.View, value.Query, value.Invalid);
    }

    /// <summary>The address's filter, as written: the data shown belongs to it.</summary>
    private string Query => string.Join('\u001f', Kind, Actor, From, To);

    protected override bool HasDataFor(string domain) =>
        _view is not null && SameDomain(_view.Domain, domain) && _loadedQuery == Query;

    protected override Task RestoredAsync()
    {
        _items = _view?.Items() ?? [];
        return Task.CompletedTask;
    }

    protected override async Task LoadAsync()
    {
        var query = Query;
        _forbidden = null;
        var filter = AuditFilter.None;
        try
        {
            var people = await Audit.PeopleAsync(Caller, Domain, CancellationToken.None);
            try
            {
                filter = AuditFilter.FromQuery(Kind, Actor, From, To);
                var listing = await Audit.ListAsync(Caller, Domain, filter, older: null, CancellationToken.None);
                (_view, _invalid) = (new AuditView(Domain, filter, people, listing.Entries, listing.Older, listing.LogIsEmpty), null);
            }
            catch (ValidationProblem problem)
            {
                (_view, _invalid) = (new AuditView(Domain, filter, people, [], null, LogIsEmpty: false), problem.Message);
            }
        }
        catch (ForbiddenProblem problem)
        {
            (_view, _forbidden) = (null, problem.Message);
        }

        _loadedQuery = query;
        await RestoredAsync();
    }

    private void ApplyFilter(AuditFilter filter) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(Features.Domains.DomainRoute.For(Domain, "audit"), filter.ToQuery()));

    private async Task LoadOlderAsync()
    {
        if (_view is not { Older: { } older } shown)
        {
            return;
        }

        _loadingOlder = true;
        await Snackbar.TryAsync(async () =>
        {
            var listing = await Audit.ListAsync(Caller, Domain, shown.Filter, older, CancellationToken.None);
            if (ReferenceEquals(_view, shown)) // the filter did not change meanwhile
            {
                _view = shown with { Entries = [.. shown.Entries, .. listing.Entries], Older = listing.Older };
                await RestoredAsync();
            }
        });
        _loadingOlder = false;
    }
}

/// <summary>What the prerender hands to the interactive render.</summary>
public sealed record AuditPageState(AuditView View, string Query, string? Invalid);
