using Microsoft.Extensions.Options;

namespace UtmStudio.Features.Tracking.Recording;

/// <summary>
/// When the click writer stores: at once while traffic is light, and during a burst of redirects only once the
/// backlog or its age says so. Storing a click costs the app and PostgreSQL more CPU than answering its redirect
/// (ADR 0009); on a machine they share, a writer that kept pace with a burst would take the cores the redirects need.
/// So while clicks arrive faster than <see cref="TrackingOptions.BusyClicksPerSecond"/>, they wait in the queue —
/// until three quarters of <see cref="TrackingOptions.QueueCapacity"/> are waiting, the oldest has waited
/// <see cref="TrackingOptions.MaxWriteDelay"/>, the burst ends, or the app shuts down — and are then stored at full
/// speed. Nothing is dropped for it: the queue's bound and drop counter are unchanged; only how soon analytics show a
/// burst's clicks is (at most MaxWriteDelay behind).
/// </summary>
public sealed class ClickWritePacing(ClickQueue queue, TimeProvider time, IOptions<TrackingOptions> options)
{
    /// <summary>How often a waiting writer looks again, and the window the arrival rate is measured over.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    private readonly double _busyRate = options.Value.BusyClicksPerSecond;
    private readonly TimeSpan _maxDelay = options.Value.MaxWriteDelay;
    private readonly long _highWater = Math.Max(1, options.Value.QueueCapacity * 3L / 4);
    private readonly Lock _sampling = new();
    private (DateTimeOffset At, long Accepted) _previous = (time.GetUtcNow(), 0);
    private double _rate;

    /// <summary>Returns when the writer should store what is waiting.</summary>
    public async Task WaitForTurnAsync(CancellationToken cancellationToken)
    {
        while (!ShouldWriteNow())
        {
            await Task.Delay(Tick, time, cancellationToken);
        }
    }

    /// <summary>The decision, at this moment (public for its tests).</summary>
    public bool ShouldWriteNow()
    {
        if (_busyRate <= 0 || queue.IsClosing)
        {
            return true;
        }

        var now = time.GetUtcNow();
        var stats = queue.Stats;
        if (stats.Waiting >= _highWater || (queue.TryPeekOldest(out var oldest) && now - oldest >= _maxDelay))
        {
            return true;
        }

        return ArrivalRate(now, stats.Accepted) < _busyRate;
    }

    /// <summary>Clicks per second accepted over the last completed window of at least one tick.</summary>
    private double ArrivalRate(DateTimeOffset now, long accepted)
    {
        lock (_sampling)
        {
            var elapsed = now - _previous.At;
            if (elapsed >= Tick)
            {
                _rate = (accepted - _previous.Accepted) / elapsed.TotalSeconds;
                _previous = (now, accepted);
            }

            return _rate;
        }
    }
}
