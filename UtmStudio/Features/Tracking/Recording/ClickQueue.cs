using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace UtmStudio.Features.Tracking.Recording;

/// <summary>
/// The bounded in-process queue between the redirect and the click writer. The redirect never waits: a click is
/// either taken or, when <see cref="TrackingOptions.QueueCapacity"/> clicks are already waiting (the database is
/// down or slower than the traffic), dropped — counted, logged, and shown on /health/ready, never silent. Clicks
/// the writer is storing still count as waiting until they are committed, so the bound is exact.
/// </summary>
public sealed class ClickQueue(IOptions<TrackingOptions> options, ILogger<ClickQueue> logger)
{
    private readonly Channel<RawClick> _channel = Channel.CreateUnbounded<RawClick>(new UnboundedChannelOptions { SingleReader = false });
    private readonly int _capacity = Math.Max(1, options.Value.QueueCapacity);
    private long _waiting;
    private long _accepted;
    private long _dropped;
    private long _stored;
    private volatile bool _closing;

    public int Capacity => _capacity;

    public ClickQueueStats Stats => new(
        Interlocked.Read(ref _accepted), Interlocked.Read(ref _stored), Interlocked.Read(ref _waiting), Interlocked.Read(ref _dropped));

    internal ChannelReader<RawClick> Reader => _channel.Reader;

    /// <summary>Shutdown has begun: what is waiting is to be stored now.</summary>
    public bool IsClosing => _closing;

    /// <summary>When the click that has waited longest arrived (false when none waits).</summary>
    public bool TryPeekOldest(out DateTimeOffset at)
    {
        var found = _channel.Reader.TryPeek(out var oldest);
        at = found ? oldest.At : default;
        return found;
    }

    /// <summary>Takes the click unless the queue is full or shut; false means it was dropped (and counted).</summary>
    public bool TryEnqueue(in RawClick click)
    {
        if (Interlocked.Increment(ref _waiting) > _capacity || !_channel.Writer.TryWrite(click))
        {
            Interlocked.Decrement(ref _waiting);
            var dropped = Interlocked.Increment(ref _dropped);
            if (dropped == 1 || dropped % 10_000 == 0)
            {
                logger.LogWarning("Click queue full ({Capacity} waiting for the database): {Dropped} clicks dropped so far", _capacity, dropped);
            }

            return false;
        }

        Interlocked.Increment(ref _accepted);
        return true;
    }

    /// <summary>The writer committed these clicks.</summary>
    internal void Stored(int count)
    {
        Interlocked.Add(ref _waiting, -count);
        Interlocked.Add(ref _stored, count);
    }

    /// <summary>The writer gave these up (shutdown while the database was unreachable): they count as dropped.</summary>
    internal void Lost(int count)
    {
        Interlocked.Add(ref _waiting, -count);
        Interlocked.Add(ref _dropped, count);
    }

    /// <summary>No more clicks (shutdown): the writer stores what is waiting, then stops.</summary>
    internal void Complete()
    {
        _closing = true;
        _channel.Writer.TryComplete();
    }
}

/// <summary>Counters since the process started.</summary>
public sealed record ClickQueueStats(long Accepted, long Stored, long Waiting, long Dropped);
