namespace UtmStudio.Features.Tracking.Recording;

/// <summary>
/// What one batch of clicks adds to the rollup tables, summed in memory so each rollup row is written once per
/// batch. Every click counts in three scopes — its link, its campaign and its domain — and in one value of each
/// dimension. Rows are sorted by key, so concurrent writers (several instances) lock them in the same order and
/// cannot deadlock.
/// </summary>
public static class ClickRollups
{
    public static IReadOnlyList<(Guid Scope, Guid Domain)> ScopesOf(RecordedClick click) =>
        [(click.LinkId, click.DomainId), (click.CampaignId, click.DomainId), (click.DomainId, click.DomainId)];

    public static DateTimeOffset HourOf(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    /// <summary>The (dimension, value) pairs a click adds 1 to in a scope; "" is "none". A link's own values (channel,
    /// source, medium, content, term) are one value per link, so they are counted for campaigns and domains only — a
    /// link's breakdown by its own source would be a single bar, and those rows would double the writer's work.</summary>
    public static IEnumerable<(string Dimension, string Value)> DimensionsOf(RecordedClick click, Guid scope)
    {
        yield return (ClickDimensions.Referrer, click.ReferrerHost ?? string.Empty);
        yield return (ClickDimensions.Device, click.Device);
        yield return (ClickDimensions.Browser, click.Browser);
        yield return (ClickDimensions.Os, click.Os);
        yield return (ClickDimensions.Country, click.Country ?? string.Empty);
        yield return (ClickDimensions.Qr, click.FromQr ? ClickDimensions.QrValue : ClickDimensions.DirectValue);
        if (scope == click.LinkId)
        {
            yield break;
        }

        yield return (ClickDimensions.Channel, click.Link.Channel);
        yield return (ClickDimensions.Source, click.Link.Source);
        yield return (ClickDimensions.Medium, click.Link.Medium);
        yield return (ClickDimensions.Content, click.Link.Content ?? string.Empty);
        yield return (ClickDimensions.Term, click.Link.Term ?? string.Empty);
        if (scope == click.DomainId)
        {
            yield return (ClickDimensions.Campaign, click.CampaignId.ToString("D"));
        }

        yield return (ClickDimensions.Link, click.LinkId.ToString("D"));
    }
}
