namespace UtmStudio.Features.Links.Lists;

/// <summary>
/// One page of a link list, newest first. <see cref="Total"/> counts every link the filter matches;
/// <see cref="InScope"/> every link of the list's scope (the domain, or the campaign) whatever the filter, so the
/// list can say "12 of 40 links" and tell "no links yet" from "no links match". <see cref="RecentClicks"/>: the
/// clicks of each row's link in the last 30 days, bots left out (Analytics.ClickCounts; a link without any is absent).
/// </summary>
public sealed record LinkListPage(
    IReadOnlyList<LinkDetails> Rows, int Total, int InScope, bool IsReadOnly, IReadOnlyDictionary<Guid, long>? RecentClicks = null)
{
    public long ClicksOf(Guid linkId) => RecentClicks?.GetValueOrDefault(linkId) ?? 0;
}

/// <summary>The values the list's filters offer, from the scope's own links, and whether links may be made.</summary>
public sealed record LinkListFacets(
    string DomainName,
    bool IsReadOnly,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Mediums,
    IReadOnlyList<string> Contents,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Tags,
    IReadOnlyList<LinkCreator> Creators,
    IReadOnlyList<BuilderCampaign> Campaigns)
{
    /// <summary>No value at all: the scope has no links yet.</summary>
    public bool IsEmpty => Sources.Count == 0;
}

public sealed record LinkCreator(Guid UserId, string Name);

/// <summary>What the links page carries from the prerender.</summary>
public sealed record LinksPageState(LinkListFacets Facets);

/// <summary>A page of links in (created_at DESC, id DESC) order, and where the next one starts (null: the last page).</summary>
public sealed record LinkCursorPage(IReadOnlyList<LinkDetails> Rows, LinkPageCursor? Next);

/// <summary>Where a keyset page of links starts: after this link.</summary>
public sealed record LinkPageCursor(DateTimeOffset CreatedAt, Guid Id);
