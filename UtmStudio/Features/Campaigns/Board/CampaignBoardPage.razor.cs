using Microsoft.AspNetCore.Components;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Data.Entities;
using UtmStudio.Features.Campaigns.Editing;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Shared;

namespace UtmStudio.Features.Campaigns.Board;

/// <summary>
/// The campaign board of a domain. The filter lives in the address (?q=&amp;source=&amp;objective=&amp;creator=&amp;from=&amp;to=),
/// so a filtered board can be bookmarked and shared; changing it navigates and the board is read again. A move
/// (drag or menu) shows at once and is put back when the server refuses it; a move onto a campaign someone else
/// changed meanwhile asks the person, never overwrites silently.
/// </summary>
public partial class CampaignBoardPage
{
    private CampaignBoard? _board;
    private BoardState? _state;
    private CampaignSuggestions? _suggestions;
    private string? _loadedQuery;
    private bool _refreshing;

    [Inject]
    private CampaignBoardService Boards { get; set; } = null!;

    [Inject]
    private CampaignService Campaigns { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "source")]
    public string? Source { get; set; }

    [SupplyParameterFromQuery(Name = "objective")]
    public string? Objective { get; set; }

    [SupplyParameterFromQuery(Name = "creator")]
    public string? Creator { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>The board as read for this domain and filter, carried from the prerender into the interactive render.</summary>
    [PersistentState]
    public CampaignBoardPageState? Persisted
    {
        get => _board is null || _suggestions is null ? null : new(_board, _suggestions, _loadedQuery ?? Query);
        set => (_board, _suggestions, _loadedQuery) = value is null ? (null, null, null) : (value.Board, value.Suggestions, value.Query);
    }

    /// <summary>The address's filter, as written: the board shown belongs to it.</summary>
    private string Query => string.Join('\u001f', Q, Source, Objective, Creator, From, To);

    /// <summary>The filter the address names now (the bar shows it even while the board for it is still loading).</summary>
    private CampaignBoardFilter AddressFilter => CampaignBoardFilter.FromQuery(Q, Source, Objective, Creator, From, To);

    /// <summary>"2 of 5 campaigns match." — so a narrowed board is never mistaken for the whole domain.</summary>
    private string MatchText => _state is { } state
        ? $"{state.Columns.Sum(c => c.Count)} of {state.Board.TotalInDomain} {(state.Board.TotalInDomain == 1 ? "campaign" : "campaigns")} match."
        : string.Empty;

    protected override bool HasDataFor(string domain) =>
        _board is not null && SameDomain(_board.DomainName, domain) && _loadedQuery == Query;

    /// <summary>Keeps the moves and extra pages shown when the page merely renders again with the same board.</summary>
    protected override Task RestoredAsync()
    {
        if (_board is not null && !ReferenceEquals(_state?.Board, _board))
        {
            _state = new BoardState(_board);
        }

        return Task.CompletedTask;
    }

    protected override async Task LoadAsync()
    {
        var query = Query;
        var filter = AddressFilter;
        if (_suggestions is null || _board is null || !SameDomain(_board.DomainName, Domain))
        {
            _suggestions = await Boards.GetSuggestionsAsync(Caller, Domain, CancellationToken.None);
        }

        _board = await Boards.GetAsync(Caller, Domain, filter, CancellationToken.None);
        _loadedQuery = query;
        await RestoredAsync();
    }

    private void ApplyFilter(CampaignBoardFilter filter) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(DomainRoute.For(Domain, "campaigns"), filter.ToQuery()));

    /// <summary>Reads the board again for the filter shown (after a new campaign, or "Reload" in a conflict).</summary>
    private async Task ReloadAsync()
    {
        _refreshing = true;
        StateHasChanged();
        await Snackbar.TryAsync(async () =>
        {
            _suggestions = await Boards.GetSuggestionsAsync(Caller, Domain, CancellationToken.None);
            _board = await Boards.GetAsync(Caller, Domain, AddressFilter, CancellationToken.None);
            await RestoredAsync();
        });
        _refreshing = false;
    }

    private async Task NewCampaignAsync()
    {
        if (_suggestions is null || await CampaignDialogs.CreateAsync(Dialogs, Caller, Domain, _suggestions) is not { } created)
        {
            return;
        }

        await ReloadAsync();

        // The person should see what they just made, even when the board's filter would hide it.
        if (_state is { } state && state.Find(created.Id) is null)
        {
            state.Put(CampaignCards.From(created));
        }

        Snackbar.Add($"{created.Name} is on the board, in {CampaignStatusText.Of(created.Status)}.", Severity.Success);
    }

    private async Task ShowMoreAsync(CampaignStatus status)
    {
        if (_state is not { } state || state.Column(status) is not { Next: { } next, LoadingMore: false } column)
        {
            return;
        }

        column.LoadingMore = true;
        await Snackbar.TryAsync(async () => state.Append(await Boards.GetMoreAsync(Caller, Domain, state.Board.Filter, status, next, CancellationToken.None)));
        column.LoadingMore = false;
    }
}

/// <summary>What the prerender hands to the interactive render.</summary>
public sealed record CampaignBoardPageState(CampaignBoard Board, CampaignSuggestions Suggestions, string Query);
