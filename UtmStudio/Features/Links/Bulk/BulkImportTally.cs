namespace UtmStudio.Features.Links.Bulk;

/// <summary>
/// An import's running count, added to only after a batch is committed — so the summary, the progress and the
/// audit entry say what is really in the database, also when the import stops half-way.
/// </summary>
internal sealed class BulkImportTally(int total, CampaignUtm? chosen)
{
    private readonly List<BulkRow> _notCreated = [];
    private readonly List<BulkRow> _rows = [];
    private readonly HashSet<CampaignUtm> _createdIn = [];

    public int Done { get; private set; }

    public int Created { get; private set; }

    public int Duplicates { get; private set; }

    public int Rejected { get; private set; }

    public void Add(IReadOnlyList<BulkRow> batch)
    {
        foreach (var row in batch)
        {
            switch (row.Status)
            {
                case BulkRowStatus.Ready: Created++; _createdIn.Add(row.Campaign!); break;
                case BulkRowStatus.Duplicate: Duplicates++; _notCreated.Add(row); break;
                default: Rejected++; _notCreated.Add(row); break;
            }
        }

        _rows.AddRange(batch);
        Done += batch.Count;
    }

    public BulkImportTally With(IReadOnlyList<BulkRow> batch)
    {
        var next = new BulkImportTally(total, chosen) { Done = Done, Created = Created, Duplicates = Duplicates, Rejected = Rejected };
        next._createdIn.UnionWith(_createdIn);
        next.Add(batch);
        return next;
    }

    public ImportProgress Progress => new(Done, total, Created, Duplicates, Rejected);

    public BulkImportSummary Summary => new(Created, Duplicates, Rejected, [.. _notCreated]) { Rows = [.. _rows] };

    /// <summary>The one audit entry of the import, under its campaign when all its links went into one (the
    /// campaign's activity then lists it).</summary>
    public LinksImported AuditEvent()
    {
        var campaign = _createdIn.Count == 1 ? _createdIn.Single() : _createdIn.Count == 0 ? chosen : null;
        return new LinksImported(campaign?.Id, campaign?.Name, Created, Duplicates, Rejected);
    }
}
