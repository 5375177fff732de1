using Microsoft.Extensions.Options;

namespace UtmStudio.Features.Tracking.Recording;

/// <summary>
/// The background writer: takes what the queue holds (up to <see cref="TrackingOptions.BatchSize"/> at a time) and
/// stores it with <see cref="ClickBatchWriter"/>. When the database is unreachable the batch is kept and tried again
/// with back-off while the queue buffers (and, once full, drops and counts). On shutdown the queue is closed and
/// everything in it is stored before the process exits, unless the host's shutdown timeout runs out first.
/// <see cref="TrackingOptions.Writers"/> loops take batches from the queue at the same time; their transactions
/// cannot deadlock (each writes the tables in the same order, rows sorted by key) and the unique-visitor insert
/// decides firsts under the primary key, so a visitor is first in one batch only.
/// </summary>
public sealed class ClickWriterService(
    ClickQueue queue, ClickBatchWriter writer, VisitorSalts salts, ClickWritePacing pacing, IOptions<TrackingOptions> options,
    ILogger<ClickWriterService> logger)
    : IHostedService
{
    private readonly CancellationTokenSource _abort = new();
    private readonly int _batchSize = Math.Max(1, options.Value.BatchSize);
    private readonly int _writers = Math.Max(1, options.Value.Writers);
    private Task _loops = Task.CompletedTask;

    /// <summary>Seconds between attempts while the database is down: 0.5, 1, 2 … up to 30.</summary>
    public TimeSpan MaxBackOff { get; init; } = TimeSpan.FromSeconds(30);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var warm = Task.Run(Agents.BotPatterns.Warm, CancellationToken.None); // compiled before the first click, not against its timeout
        _loops = Task.WhenAll(Enumerable.Range(0, _writers).Select(_ => Task.Run(async () =>
        {
            await warm;
            await RunAsync(new AgentMemo(), _abort.Token);
        }, CancellationToken.None)));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await using var registration = cancellationToken.Register(_abort.Cancel);
        await _loops;
    }

    private async Task RunAsync(AgentMemo agents, CancellationToken abort)
    {
        var batch = new List<RawClick>(_batchSize);
        try
        {
            while (await queue.Reader.WaitToReadAsync(abort))
            {
                await pacing.WaitForTurnAsync(abort);
                while (batch.Count < _batchSize && queue.Reader.TryRead(out var click))
                {
                    batch.Add(click);
                }

                if (await StoreAsync(batch, agents, abort))
                {
                    queue.Stored(batch.Count);
                }
                else
                {
                    queue.Lost(batch.Count);
                }

                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            var lost = batch.Count;
            while (queue.Reader.TryRead(out _))
            {
                lost++;
            }

            queue.Lost(lost);
            logger.LogError("Shutdown timed out with the database unreachable: {Lost} clicks were not stored", lost);
        }
    }

    /// <summary>True once stored; false when the database refused the data itself (a bug, not an outage: trying
    /// again would stop all recording), after logging it.</summary>
    private async Task<bool> StoreAsync(List<RawClick> batch, AgentMemo agents, CancellationToken abort)
    {
        var backOff = TimeSpan.FromMilliseconds(500);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await writer.WriteAsync(await EnrichAsync(batch, agents, abort), abort);
                if (attempt > 1)
                {
                    logger.LogInformation("Click writer recovered after {Attempts} attempts", attempt);
                }

                return true;
            }
            catch (Npgsql.PostgresException exception) when (exception.SqlState[..2] is "22" or "23")
            {
                logger.LogError(exception, "The database refused {Count} clicks; they are dropped", batch.Count);
                return false;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !abort.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Storing {Count} clicks failed (attempt {Attempt}); trying again in {Delay}",
                    batch.Count, attempt, backOff);
                await Task.Delay(backOff, abort);
                backOff = TimeSpan.FromTicks(Math.Min(backOff.Ticks * 2, MaxBackOff.Ticks));
            }
        }
    }

    private async Task<List<RecordedClick>> EnrichAsync(List<RawClick> batch, AgentMemo agents, CancellationToken abort)
    {
        var recorded = new List<RecordedClick>(batch.Count);
        foreach (var click in batch)
        {
            recorded.Add(ClickEnricher.Enrich(click, await salts.ForDayAsync(ClickRollups.DayOf(click.At), abort), agents));
        }

        return recorded;
    }
}
