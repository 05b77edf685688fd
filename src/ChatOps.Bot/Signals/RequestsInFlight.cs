namespace ChatOps.Bot.Signals;

/// <summary>
/// Acknowledgements first. The requests a platform is waiting on now (Slack's 3 seconds: slash commands, button
/// presses, events, Teams activities, alert webhooks, Socket Mode envelopes), counted while they are handled; the
/// background work on what they stored (carrying out intents, delivering the outbox) gives way while any is being
/// answered (<see cref="GiveWayAsync"/>), for at most <see cref="MostAtOnce"/> before its next step. During a burst the
/// cores go to answering, and the work catches up as soon as the burst thins; at ordinary traffic a request is handled
/// in a few milliseconds and the work hardly waits. (Waiting only while more requests than cores are handled was
/// measured and is worse: a group commit answers a whole batch at once, so the count dips below any such mark many
/// times a second in a burst.) Nothing waits on it forever: every request it counts ends within the platform's
/// deadline (<see cref="AcknowledgementDeadline"/>), and a step waits no longer than the bound anyway. The host gives
/// it the wall clock (requests arrive on it, whatever clock the incidents run on); tests of it give it a fake one.
/// </summary>
public sealed class RequestsInFlight(TimeProvider time)
{
    /// <summary>The longest one step of background work gives way before it goes ahead regardless.</summary>
    public static readonly TimeSpan MostAtOnce = TimeSpan.FromMilliseconds(200);

    /// <summary>How long after the last request arrived the requests count as having thinned out.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(2);

    private readonly Lock _lock = new();
    private int _count;
    private long _lastArrival;
    private TaskCompletionSource _calm = Done();

    /// <summary>Requests being handled now.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Whether any request is being handled: background work gives way.</summary>
    public bool Busy => Count > 0;

    /// <summary>Counts a request until the returned handle is disposed.</summary>
    public IDisposable Enter()
    {
        Volatile.Write(ref _lastArrival, time.GetTimestamp());
        Join();
        return new Once(Leave);
    }

    /// <summary>
    /// For a request that waits on the background work itself (a Teams button waiting for its press to be carried
    /// out): it stops counting while it waits, until the returned handle is disposed, so the work does not give way to
    /// the very request waiting for it.
    /// </summary>
    public IDisposable StepAside()
    {
        Leave();
        return new Once(Join);
    }

    /// <summary>
    /// Completes once no request is being handled and none has arrived for <see cref="Settle"/>, or after
    /// <see cref="MostAtOnce"/> when requests keep coming; at once when that is so now. (Between a group commit's
    /// answers and the next requests of a burst no request may be in hand for a fraction of a millisecond: that is
    /// not a quiet moment, hence the settling.)
    /// </summary>
    public async Task GiveWayAsync(CancellationToken ct)
    {
        if (Calm) return;
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var timeUp = Task.Delay(MostAtOnce, time, bound.Token);
        try
        {
            while (!Calm && !timeUp.IsCompleted)
            {
                Task next;
                if (Busy)
                {
                    lock (_lock) next = _calm.Task;
                }
                else
                {
                    var quietFor = time.GetElapsedTime(Volatile.Read(ref _lastArrival));
                    next = Task.Delay(quietFor < Settle ? Settle - quietFor : TimeSpan.Zero, time, bound.Token);
                }
                await Task.WhenAny(next, timeUp);
            }
        }
        finally
        {
            bound.Cancel();
        }
        ct.ThrowIfCancellationRequested();
    }

    /// <summary>No request is being handled, and none has arrived for <see cref="Settle"/>.</summary>
    private bool Calm => !Busy && time.GetElapsedTime(Volatile.Read(ref _lastArrival)) >= Settle;

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

    /// <summary>What undoes <see cref="Enter"/> or <see cref="StepAside"/>: runs its action on the first dispose only.</summary>
    private sealed class Once(Action action) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) action();
        }
    }
}
