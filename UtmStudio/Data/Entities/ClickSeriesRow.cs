namespace UtmStudio.Data.Entities;

/// <summary>
/// Clicks per hour for one scope — a link, a campaign or a whole domain (<see cref="ScopeId"/> is that row's id) —
/// kept by the click writer in the same transaction as the raw clicks. Analytics count from here, never from the
/// raw clicks. A unique click is a visitor's first click of the (UTC) day in that scope.
/// </summary>
public sealed class ClickSeriesRow
{
    public Guid DomainId { get; set; }

    public Guid ScopeId { get; set; }

    /// <summary>The start of the UTC hour.</summary>
    public DateTimeOffset Bucket { get; set; }

    public bool IsBot { get; set; }

    public long Clicks { get; set; }

    public long UniqueClicks { get; set; }
}
