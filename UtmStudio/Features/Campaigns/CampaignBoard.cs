using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Campaigns;

/// <summary>The board: its three columns in order, for one filter.</summary>
public sealed record CampaignBoard(
    Guid DomainId, string DomainName, bool IsReadOnly, CampaignBoardFilter Filter, IReadOnlyList<CampaignColumn> Columns, int TotalInDomain)
{
    public CampaignColumn Column(CampaignStatus status) => Columns.Single(c => c.Status == status);
}

/// <summary>
/// One column: how many campaigns match in all, and the first page of them (newest first). <see cref="Next"/>
/// reads the page after, when there is one.
/// </summary>
public sealed record CampaignColumn(CampaignStatus Status, int Count, IReadOnlyList<CampaignCard> Cards, CampaignPageCursor? Next);

/// <summary>Where a column's next page starts: after this card in (created_at DESC, id DESC) order.</summary>
public sealed record CampaignPageCursor(DateTimeOffset CreatedAt, Guid Id);

/// <summary>A page of campaigns in (created_at DESC, id DESC) order, and where the next one starts (null: the last page).</summary>
public sealed record CampaignListPage(IReadOnlyList<CampaignCard> Items, CampaignPageCursor? Next);
