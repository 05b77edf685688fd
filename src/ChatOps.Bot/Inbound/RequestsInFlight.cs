namespace ChatOps.Bot.Inbound;

/// <summary>
/// Acknowledgements first. The requests a platform is waiting on now (Slack's 3 seconds: slash commands, button
/// presses, events, Teams activities, alert webhooks, Socket Mode envelopes), counted while they are handled; the
/// background work on what they stored (carrying out intents, delivering the outbox) gives way while any is being
/// answered (<see cref="GiveWayAsync"/>), for at most <see cref="MostAtOnce"/> before its next step. During a burst the
/// cores go to answering, and the work catches up as soon as the burst thins; at ordinary traffic a request is handled
/// in a few milliseconds and the work hardly waits. (Waiting only while more requests than cores are handled was
/// measured and is worse: a group commit answers a whole batch at once, so the count dips below any such mark many
/// times a second in a burst.) Nothing waits on it forever: every request it counts ends within the platform's
/// deadline (<see cref="AcknowledgementDeadline"/>), and a step waits no longer than the bound anyway.
/// </summary>
public sealed class RequestsInFlight(TimeProvider time)
{
    /// <summary>The longest one step of background work gives way before it goes ahead regardless.</summary>
    public static readonly TimeSpan MostAtOnce = TimeSpan.FromMilliseconds(200);

    private readonly Lock _lock = new();
    private int _count;
    private TaskCompletionSource _calm = Done();

    /// <summary>Requests being handled now.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Whether any request is being handled: background work gives way.</summary>
    public bool Busy => Count > 0;

    /// <summary>Counts a request until the returned handle is disposed.</summary>
    public Handled Enter()
    {
        Join();
        return new Handled(this);
    }

    /// <summary>
    /// For a request that waits on the background work itself (a Teams button waiting for its press to be carried
    /// out): it stops counting while it waits, until the returned handle is disposed, so the work does not give way to
    /// the very request waiting for it.
    /// </summary>
    public Aside StepAside()
    {
        Leave();
        return new Aside(this);
    }

    /// <summary>
    /// Completes once no request is being handled, or after <see cref="MostAtOnce"/> (on <see cref="TimeProvider"/>)
    /// when requests keep coming; at once when none is being handled now.
    /// </summary>
    public async Task GiveWayAsync(CancellationToken ct)
    {
        if (!Busy) return;
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var timeUp = Task.Delay(MostAtOnce, time, bound.Token);
        try
        {
            while (Busy && !timeUp.IsCompleted)
            {
                Task calm;
                lock (_lock) calm = _calm.Task;
                await Task.WhenAny(calm, timeUp);
            }
        }
        finally
        {
            bound.Cancel();
        }
        ct.ThrowIfCancellationRequested();
    }

    private void Join()
    {
        lock (_lock)
        {
            if (++_count == 1) _calm = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private void Leave()
    {
        TaskCompletionSource? calm = null;
        lock (_lock)
        {
            if (--_count == 0) calm = _calm;
        }
        calm?.TrySetResult();
    }

    private static TaskCompletionSource Done()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    /// <summary>One request being handled; disposing it ends its count (once).</summary>
    public sealed class Handled(RequestsInFlight owner) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0) owner.Leave();
        }
    }

    /// <summary>A request stepped aside (<see cref="StepAside"/>); disposing it counts the request again (once).</summary>
    public sealed class Aside(RequestsInFlight owner) : IDisposable
    {
        private int _back;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _back, 1) == 0) owner.Join();
        }
    }
}
