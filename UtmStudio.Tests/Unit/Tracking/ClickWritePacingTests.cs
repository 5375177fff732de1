using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UtmStudio.Features.Tracking;
using UtmStudio.Features.Tracking.Recording;
using UtmStudio.Features.Tracking.Redirect;

namespace UtmStudio.Tests.Unit.Tracking;

/// <summary>When the click writer stores: at once in light traffic; during a burst only when the backlog, its age,
/// the end of the burst or shutdown says so (ADR 0009).</summary>
public sealed class ClickWritePacingTests
{
    private static readonly ShortLinkTarget Link = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "https://acme.test/", 302, true, true, false,
        new LinkDimensions("email", "newsletter", "email", "spring", null, null));

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly ClickQueue _queue;
    private readonly ClickWritePacing _pacing;

    public ClickWritePacingTests() => (_queue, _pacing) = New(capacity: 10_000);

    [Fact]
    public void Light_traffic_is_stored_at_once()
    {
        Arrive(100); // 100 in a tick = 1,000 per second, under the busy rate
        Assert.True(_pacing.ShouldWriteNow());
    }

    [Fact]
    public void A_burst_waits_and_is_stored_once_it_ends()
    {
        Arrive(300); // 3,000 per second
        Assert.False(_pacing.ShouldWriteNow());
        Arrive(300);
        Assert.False(_pacing.ShouldWriteNow());

        Arrive(0); // a tick without clicks: the burst is over
        Assert.True(_pacing.ShouldWriteNow());
    }

    [Fact]
    public void The_rate_is_measured_over_a_whole_tick_not_between_two_looks()
    {
        Arrive(300);
        Assert.False(_pacing.ShouldWriteNow());
        _time.Advance(TimeSpan.FromMilliseconds(10)); // too short a window to measure: the last rate still holds
        Assert.False(_pacing.ShouldWriteNow());
    }

    [Fact]
    public void During_a_long_burst_the_oldest_click_waits_at_most_the_max_write_delay()
    {
        var (queue, pacing) = New(capacity: 100_000_000); // never three quarters full here
        for (var tick = 1; tick < 600; tick++)
        {
            Arrive(queue, 201); // 2,010 per second: busy
            Assert.False(pacing.ShouldWriteNow()); // the oldest has waited tick × 0.1 s
        }

        Arrive(queue, 201); // the oldest has waited 60 s
        Assert.True(pacing.ShouldWriteNow());
    }

    [Fact]
    public void A_queue_three_quarters_full_is_stored_whatever_the_traffic()
    {
        var (queue, pacing) = New(capacity: 1_000);
        Arrive(queue, 749);
        Assert.False(pacing.ShouldWriteNow());
        Arrive(queue, 1, advance: false);
        Assert.True(pacing.ShouldWriteNow()); // 750 of 1,000 waiting
    }

    [Fact]
    public void Shutdown_stores_what_waits_at_once()
    {
        Arrive(300);
        Assert.False(_pacing.ShouldWriteNow());
        _queue.Complete();
        Assert.True(_pacing.ShouldWriteNow());
    }

    [Fact]
    public void A_busy_rate_of_zero_never_waits()
    {
        var (queue, pacing) = New(capacity: 1_000, busyRate: 0);
        Arrive(queue, 400);
        Assert.True(pacing.ShouldWriteNow());
    }

    [Fact]
    public async Task A_waiting_writer_resumes_when_the_burst_ends()
    {
        Arrive(300);
        var turn = _pacing.WaitForTurnAsync(CancellationToken.None);
        Assert.False(turn.IsCompleted);

        _time.Advance(ClickWritePacing.Tick); // no clicks in this tick
        await turn.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
    }

    private (ClickQueue Queue, ClickWritePacing Pacing) New(int capacity, double busyRate = 2_000)
    {
        var options = Options.Create(new TrackingOptions
        {
            QueueCapacity = capacity, BusyClicksPerSecond = busyRate, MaxWriteDelay = TimeSpan.FromSeconds(60),
        });
        var queue = new ClickQueue(options, NullLogger<ClickQueue>.Instance);
        return (queue, new ClickWritePacing(queue, _time, options));
    }

    private void Arrive(int clicks) => Arrive(_queue, clicks);

    /// <summary>A tick passes with this many clicks arriving in it.</summary>
    private void Arrive(ClickQueue queue, int clicks, bool advance = true)
    {
        for (var i = 0; i < clicks; i++)
        {
            Assert.True(queue.TryEnqueue(Click()));
        }

        if (advance)
        {
            _time.Advance(ClickWritePacing.Tick);
        }
    }

    private RawClick Click() => new(_time.GetUtcNow(), Link, null, "agent", null, null, false, false);
}
