using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using UtmStudio.Components.Shared;
using UtmStudio.Features.Domains;
using UtmStudio.Features.Links.Channels;
using UtmStudio.Identity;

namespace UtmStudio.Features.Links.Lists;

/// <summary>
/// The links of a domain (<see cref="Campaign"/> null) or of one campaign, filtered by <see cref="Filter"/>, paged on
/// the server. A new filter starts a new table (its @key): back on page 1, and a load that was still running for the
/// old filter can't overwrite the new one's rows.
/// </summary>
public partial class LinkTable
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private Query? _query;
    private Loaded? _loaded;
    private ProblemMessage? _problem;
    private int _rowsPerPage = PageSizes[0];

    [Inject]
    private LinkListService Lists { get; set; } = null!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = null!;

    [Parameter, EditorRequired]
    public string Domain { get; set; } = "";

    /// <summary>The campaign whose list this is; null for the domain's list (which then has a campaign column).</summary>
    [Parameter]
    public Guid? Campaign { get; set; }

    [Parameter]
    public LinkListFilter Filter { get; set; } = LinkListFilter.None;

    [Parameter]
    public EventCallback OnClearFilters { get; set; }

    private bool ShowCampaign => Campaign is null;

    private string NewLinkHref => DomainRoute.For(Domain, Campaign is { } id ? $"links/new?campaign={id}" : "links/new");

    private Dictionary<string, object> TableAttributes => new() { ["aria-label"] = Campaign is null ? "Links of the domain" : "Links of the campaign" };

    /// <summary>"12 of 40 links", or "40 links" when nothing narrows the list.</summary>
    private string CountText => _loaded is { Page: { } page } && _loaded.Query == _query
        ? page.Total == page.InScope ? Links(page.Total) : $"{page.Total} of {Links(page.InScope)}"
        : "";

    protected override void OnParametersSet()
    {
        var query = new Query(Domain, Campaign, Filter);
        if (query != _query)
        {
            _query = query;
            _problem = null;
        }
    }

    private async Task<TableData<LinkDetails>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        var query = _query!;
        try
        {
            var caller = await CurrentUser.GetCallerAsync() ?? throw new InvalidOperationException("Link lists need a signed-in user.");
            var page = await Lists.GetPageAsync(caller, query.Domain, query.Campaign, query.Filter, state.Page, state.PageSize, cancellationToken);
            Show(query, page, null);
            return new TableData<LinkDetails> { Items = page.Rows, TotalItems = page.Total };
        }
        catch (OperationCanceledException)
        {
            // A newer page was asked for; its answer replaces this one.
            return new TableData<LinkDetails> { Items = _loaded?.Page?.Rows ?? [], TotalItems = _loaded?.Page?.Total ?? 0 };
        }
        catch (Exception exception) when (ProblemMessage.For(exception) is { } problem)
        {
            Show(query, null, problem);
            return new TableData<LinkDetails> { Items = [], TotalItems = 0 };
        }
    }

    /// <summary>Only the answer for the filter shown now counts (the person may have changed it meanwhile).</summary>
    private void Show(Query query, LinkListPage? page, ProblemMessage? problem)
    {
        if (query != _query)
        {
            return;
        }

        _loaded = new Loaded(query, page);
        _problem = problem;
        StateHasChanged();
    }

    private void RowsPerPageChanged(int size) => _rowsPerPage = size;

    /// <summary>The row's recent clicks, from the page that holds the row.</summary>
    private string ClicksText(Guid linkId) => (_loaded?.Page?.ClicksOf(linkId) ?? 0).ToString("N0", English);

    private string ClicksLabel(LinkDetails link) => $"{ClicksText(link.Id)} clicks in 30 days: analytics of {LinkRowText.Title(link)}";

    private static string Links(int count) => count == 1 ? "1 link" : count.ToString("N0", English) + " links";

    /// <summary>Paid channels in the primary colour, the rest neutral, Unassigned as a warning: what the report will
    /// show at a glance.</summary>
    private static Color ChannelColor(Ga4Channel channel) => channel switch
    {
        Ga4Channel.Unassigned => Color.Warning,
        Ga4Channel.PaidSearch or Ga4Channel.PaidSocial or Ga4Channel.PaidShopping or Ga4Channel.PaidVideo or Ga4Channel.PaidOther
            or Ga4Channel.Display or Ga4Channel.CrossNetwork => Color.Primary,
        _ => Color.Default,
    };

    private sealed record Query(string Domain, Guid? Campaign, LinkListFilter Filter);

    private sealed record Loaded(Query Query, LinkListPage? Page);
}
