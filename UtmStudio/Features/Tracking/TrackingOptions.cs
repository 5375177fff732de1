namespace UtmStudio.Features.Tracking;

/// <summary>Settings of short links and click recording (section "Tracking"); see docs/operations.md.</summary>
public sealed class TrackingOptions
{
    public const string Section = "Tracking";

    /// <summary>Where short links live when not on the app's own address, e.g. https://go.example.com (its host is
    /// then answered too). Empty: App:PublicUrl.</summary>
    public string? ShortLinkBaseUrl { get; set; }

    /// <summary>How many short links the redirect keeps in memory (least recently used ones go first).</summary>
    public int CacheSize { get; set; } = 100_000;

    /// <summary>How long a looked-up link is trusted without asking the database. Edits on this instance refresh it
    /// at once; the time bounds how long another instance may answer with an edited link's old address.</summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long "no such code" is remembered, so a scan of random codes does not reach the database each time.</summary>
    public TimeSpan UnknownCodeTtl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Clicks held in memory while waiting for the database (or for a burst to end); beyond it new clicks are
    /// dropped and counted.</summary>
    public int QueueCapacity { get; set; } = 1_000_000;

    /// <summary>Above this many clicks per second the redirects come first: the writer leaves clicks waiting until
    /// the burst ends, three quarters of the queue are full or the oldest has waited <see cref="MaxWriteDelay"/>. 0: the writer
    /// never waits (for PostgreSQL on its own machine, where storing takes little of the app's CPU).</summary>
    public double BusyClicksPerSecond { get; set; } = 2_000;

    /// <summary>Longest a click waits for the writer during a burst (how far behind analytics can be).</summary>
    public TimeSpan MaxWriteDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Most clicks stored in one transaction.</summary>
    public int BatchSize { get; set; } = 20_000;

    /// <summary>Batches stored at the same time, each in its own transaction. One writer leaves a core idle while
    /// it prepares a batch and PostgreSQL another while it waits for the next; two keep both busy under a backlog.</summary>
    public int Writers { get; set; } = 2;

    /// <summary>Months of raw clicks kept (whole monthly partitions are dropped after it); rollups are kept for good.</summary>
    public int RetentionMonths { get; set; } = 13;

    /// <summary>A request header a trusted proxy in front of the app sets to the visitor's country (CF-IPCountry,
    /// CloudFront-Viewer-Country …). Empty: no country is recorded. Set it only when the proxy always sets the
    /// header, or visitors could claim any country.</summary>
    public string? CountryHeader { get; set; }
}
