using UtmStudio.Data.Entities;

namespace UtmStudio.Features.Campaigns.Board;

/// <summary>
/// The board as the page shows it right now: the columns as read, plus moves the person made that the server has
/// not confirmed yet (optimistic), and pages added with "Show more". Kept apart from the components so a move and
/// its undo are plain code.
/// </summary>
public sealed class BoardState
{
    private readonly Dictionary<CampaignStatus, BoardColumnState> _columns;

    public BoardState(CampaignBoard board)
    {
        Board = board;
        _columns = board.Columns.ToDictionary(c => c.Status, c => new BoardColumnState(c.Status, c.Count, [.. c.Cards], c.Next));
    }

    /// <summary>The board as the server sent it (domain, filter, read-only, how many campaigns in all).</summary>
    public CampaignBoard Board { get; }

    public IReadOnlyList<BoardColumnState> Columns => [.. Enum.GetValues<CampaignStatus>().Select(s => _columns[s])];

    public BoardColumnState Column(CampaignStatus status) => _columns[status];

    /// <summary>Every card shown, for the drop container (it places each one by its status).</summary>
    public IEnumerable<CampaignCard> Cards => Columns.SelectMany(c => c.Cards);

    public bool NothingMatches => Columns.All(c => c.Count == 0);

    public CampaignCard? Find(Guid id) => Cards.FirstOrDefault(c => c.Id == id);

    /// <summary>Shows the card in <paramref name="status"/>'s column at once; the returned card is how it was, to put
    /// it back with <see cref="Put"/> when the server refuses.</summary>
    public CampaignCard? Move(Guid id, CampaignStatus status)
    {
        var before = Find(id);
        if (before is null || before.Status == status)
        {
            return null;
        }

        Put(before with { Status = status });
        return before;
    }

    /// <summary>Shows the card as given, in its status's column (replacing the version shown, wherever it is).</summary>
    public void Put(CampaignCard card)
    {
        Remove(card.Id);
        var target = _columns[card.Status];
        target.Cards.Add(card);
        target.Cards.Sort(NewestFirst);
        target.Count++;
    }

    /// <summary>Takes a card off the board (the campaign was deleted meanwhile).</summary>
    public void Remove(Guid id)
    {
        foreach (var column in _columns.Values)
        {
            if (column.Cards.RemoveAll(c => c.Id == id) > 0)
            {
                column.Count--;
            }
        }
    }

    /// <summary>A column's next page, after the cards already shown (skipping any the person moved in meanwhile).</summary>
    public void Append(CampaignColumn page)
    {
        var column = _columns[page.Status];
        var shown = Cards.Select(c => c.Id).ToHashSet();
        column.Cards.AddRange(page.Cards.Where(c => !shown.Contains(c.Id)));
        column.Next = page.Next;
    }

    /// <summary>The board's own order: newest first, as the server pages it.</summary>
    private static int NewestFirst(CampaignCard a, CampaignCard b) =>
        b.CreatedAt.CompareTo(a.CreatedAt) is var byDate and not 0 ? byDate : b.Id.CompareTo(a.Id);
}

/// <summary>One column as shown: its count of matching campaigns, the cards read so far, where to read on.</summary>
public sealed class BoardColumnState(CampaignStatus status, int count, List<CampaignCard> cards, CampaignPageCursor? next)
{
    public CampaignStatus Status { get; } = status;

    public int Count { get; set; } = count;

    public List<CampaignCard> Cards { get; } = cards;

    public CampaignPageCursor? Next { get; set; } = next;

    public bool LoadingMore { get; set; }

    /// <summary>Matching campaigns not shown yet ("Show more").</summary>
    public int Hidden => Math.Max(0, Count - Cards.Count);
}
