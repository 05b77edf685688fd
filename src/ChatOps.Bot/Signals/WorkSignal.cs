namespace ChatOps.Bot.Signals;

/// <summary>Wakes a background worker as soon as there is work, and tells waiters when it found nothing left to do.</summary>
public class WorkSignal
{
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);
    private TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes the next time the worker finds nothing left to do (for health checks and tests).</summary>
    public Task NextIdle => Volatile.Read(ref _idle).Task;

    public void NotifyIdle() => Interlocked.Exchange(ref _idle, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public void Wake() => _signal.Release();

    /// <summary>Waits for a wake-up or the fallback interval (which also picks up work left by a previous run or another replica).</summary>
    public async Task WaitAsync(TimeSpan fallback, TimeProvider time, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(fallback, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await _signal.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
    }
}
