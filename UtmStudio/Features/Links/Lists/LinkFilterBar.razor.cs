using System.Globalization;
using Microsoft.AspNetCore.Components;
using UtmStudio.Features.Links.Channels;

namespace UtmStudio.Features.Links.Lists;

/// <summary>
/// The filters of a link list. <see cref="_current"/> is the filter as the person has set it, which runs ahead of
/// <see cref="Filter"/>: the list puts each change in the address and hands it back a moment later. The next change
/// is built on this one, so a second pick right after the first does not drop it, and the controls show it, so a
/// re-render never hands them the old value back.
/// </summary>
public partial class LinkFilterBar
{
    private const string MoreId = "links-more-filters";

    /// <summary>The same day format as every page (Display.Date): "1 Dec 2026".</summary>
    private const string DateFormat = "d MMM yyyy";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Every GA4 channel, by the name GA4 shows.</summary>
    private static readonly IReadOnlyList<Ga4Channel> Channels = [.. Enum.GetValues<Ga4Channel>().OrderBy(Ga4ChannelText.Name, StringComparer.Ordinal)];

    private LinkListFilter _current = LinkListFilter.None;
    private LinkListFilter? _received;
    private bool _showMore;

    /// <summary>The address's filter.</summary>
    [Parameter, EditorRequired]
    public LinkListFilter Filter { get; set; } = LinkListFilter.None;

    [Parameter, EditorRequired]
    public LinkListFacets Facets { get; set; } = null!;

    /// <summary>The domain's list filters by campaign; a campaign's own list does not.</summary>
    [Parameter]
    public bool ShowCampaign { get; set; } = true;

    /// <summary>The CSV of what the filters show.</summary>
    [Parameter, EditorRequired]
    public string ExportHref { get; set; } = "";

    [Parameter]
    public bool Disabled { get; set; }

    [Parameter]
    public EventCallback<LinkListFilter> OnChange { get; set; }

    /// <summary>What narrows the list (a campaign's own list is not narrowed by its campaign).</summary>
    private LinkListFilter Narrowing => ShowCampaign ? _current : _current with { Campaign = null };

    /// <summary>How many filters "More filters" hides while it is closed.</summary>
    private int MoreCount => new object?[] { _current.Source, _current.Medium, _current.Content, _current.Term, _current.Creator, _current.Tag, _current.From, _current.To }
        .Count(v => v is not null);

    protected override void OnParametersSet()
    {
        if (_received != Filter)
        {
            _received = Filter;
            _current = Filter; // a new filter from the address (a link, Back, Clear) replaces what was set here
            _showMore |= MoreCount > 0; // a shared link with a source filter opens with it in view
        }
    }

    private void ToggleMore() => _showMore = !_showMore;

    private Task SearchAsync(string? search) => ChangeAsync(_current with { Search = search });

    private Task CampaignChangedAsync(string? campaign) => ChangeAsync(_current with { Campaign = Guid.TryParse(campaign, out var id) ? id : null });

    private Task ChannelChangedAsync(string? channel) => ChangeAsync(_current with { Channel = Ga4ChannelStorage.ReadOrNull(channel) });

    private Task SourceChangedAsync(string? source) => ChangeAsync(_current with { Source = Blank(source) });

    private Task MediumChangedAsync(string? medium) => ChangeAsync(_current with { Medium = Blank(medium) });

    private Task ContentChangedAsync(string? content) => ChangeAsync(_current with { Content = Blank(content) });

    private Task TermChangedAsync(string? term) => ChangeAsync(_current with { Term = Blank(term) });

    private Task CreatorChangedAsync(string? creator) => ChangeAsync(_current with { Creator = Guid.TryParse(creator, out var id) ? id : null });

    private Task TagChangedAsync(string? tag) => ChangeAsync(_current with { Tag = Blank(tag) });

    private Task FromChangedAsync(DateTime? date) => ChangeAsync(_current with { From = AsDay(date) });

    private Task ToChangedAsync(DateTime? date) => ChangeAsync(_current with { To = AsDay(date) });

    /// <summary>Only real changes go to the list: a control handing back the value it already shows (a re-render
    /// before the new address arrives) must not undo what the person just typed or picked. Clearing keeps a
    /// campaign's own list on its campaign.</summary>
    private Task ChangeAsync(LinkListFilter changed)
    {
        if (!ShowCampaign)
        {
            changed = changed with { Campaign = null };
        }

        if (changed == _current)
        {
            return Task.CompletedTask;
        }

        _current = changed;
        return OnChange.InvokeAsync(changed);
    }

    private string CampaignLabel(string? id) => string.IsNullOrEmpty(id)
        ? "Any campaign"
        : Facets.Campaigns.FirstOrDefault(c => c.Id.ToString() == id)?.Name ?? "A deleted campaign";

    private static string ChannelLabel(string? stored) => Ga4ChannelStorage.ReadOrNull(stored) is { } channel ? Ga4ChannelText.Name(channel) : "Any channel";

    private string CreatorLabel(string? creator) => string.IsNullOrEmpty(creator)
        ? "Anyone"
        : Facets.Creators.FirstOrDefault(p => p.UserId.ToString() == creator)?.Name ?? "Someone with no links here";

    private static string TagLabel(string? tag) => string.IsNullOrEmpty(tag) ? "Any tag" : tag;

    /// <summary>A shared link may name a tag no link has any more: it is still listed, so the select shows it.</summary>
    private static IEnumerable<string> WithCurrent(IReadOnlyList<string> values, string? current) =>
        current is null || values.Contains(current, StringComparer.OrdinalIgnoreCase) ? values : values.Prepend(current);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateTime? AsDate(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? AsDay(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}
