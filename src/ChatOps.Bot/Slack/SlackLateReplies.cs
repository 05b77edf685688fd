using System.Threading.Channels;

namespace ChatOps.Bot.Slack;

/// <summary>
/// Answers that are shown after the request was acknowledged, because Slack only shows them that way (a refused
/// button press is answered by its response_url) and a slow Slack must never hold the acknowledgement. They change
/// nothing, so they are kept in memory: a few at a time, each bounded by the Web API client's timeout, the oldest
/// dropped (and logged) if Slack is so slow that they pile up.
/// </summary>
public sealed class SlackLateReplies : BackgroundService
{
    private const int Capacity = 1000;
    private const int AtOnce = 4;

    private readonly Channel<Func<CancellationToken, Task>> _queue;
    private readonly ILogger<SlackLateReplies> logger;

    public SlackLateReplies(ILogger<SlackLateReplies> logger)
    {
        this.logger = logger;
        _queue = Channel.CreateBounded<Func<CancellationToken, Task>>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest },
            dropped =>
            {
                logger.LogWarning("Slack is too slow to take answers; an answer to a refused request was dropped");
                Finished();
            });
    }

    private int _unfinished;
    private TaskCompletionSource _idle = Done();

    /// <summary>Shows an answer as soon as Slack takes it; never waits.</summary>
    public void Enqueue(Func<CancellationToken, Task> answer)
    {
        if (Interlocked.Increment(ref _unfinished) == 1) Interlocked.Exchange(ref _idle, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(answer)) Finished();
    }

    /// <summary>Completes once every answer queued so far was shown or given up (for tests and shutdown).</summary>
    public Task IdleAsync() => Volatile.Read(ref _unfinished) == 0 ? Task.CompletedTask : Volatile.Read(ref _idle).Task;

    private void Finished()
    {
        if (Interlocked.Decrement(ref _unfinished) == 0) Volatile.Read(ref _idle).TrySetResult();
    }

    private static TaskCompletionSource Done()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, AtOnce).Select(_ => DeliverAsync(stoppingToken)));

    private async Task DeliverAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var answer in _queue.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await answer(ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    logger.LogWarning("Could not show an answer on Slack: {Error}", ex.Message);
                }
                finally
                {
                    Finished();
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
