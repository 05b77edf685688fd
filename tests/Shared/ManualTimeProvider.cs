namespace ChatOps.Tests.Shared;

/// <summary>
/// A clock that moves only when a test says so. Timers it creates (and so <c>Task.Delay(x, clock)</c>) fire when
/// <see cref="Advance"/> or <see cref="Set"/> moves the clock to or past their due time, in due-time order,
/// on the thread that moved the clock.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _timerWaiters = [];
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Timers that are scheduled and not yet fired (periodic ones stay).</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count;
            }
        }
    }

    /// <summary>
    /// Completes once at least <paramref name="count"/> timers are pending, so a test can advance the clock only after
    /// the code under test has started waiting on it.
    /// </summary>
    public Task WaitForPendingTimersAsync(int count = 1)
    {
        lock (_gate)
        {
            if (_timers.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _timerWaiters.Add((count, signal));
            return signal.Task;
        }
    }

    public void Advance(TimeSpan step) => MoveTo(GetUtcNow() + step);

    public void Set(DateTimeOffset now) => MoveTo(now);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void MoveTo(DateTimeOffset target)
    {
        while (true)
        {
            ManualTimer? due;
            lock (_gate)
            {
                due = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
                if (due is null)
                {
                    _now = target;
                    return;
                }

                if (due.DueAt > _now)
                {
                    _now = due.DueAt;
                }

                Reschedule(due);
            }

            due.Fire();
        }
    }

    // Caller holds _gate.
    private void SignalTimerWaiters()
    {
        foreach (var waiter in _timerWaiters.Where(w => _timers.Count >= w.Count).ToList())
        {
            _timerWaiters.Remove(waiter);
            waiter.Signal.TrySetResult();
        }
    }

    // Caller holds _gate.
    private void Reschedule(ManualTimer timer)
    {
        if (timer.Period > TimeSpan.Zero && timer.Period != Timeout.InfiniteTimeSpan)
        {
            timer.DueAt += timer.Period;
        }
        else
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset DueAt { get; set; }

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            bool fireNow;
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                Period = period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    return true;
                }

                DueAt = owner._now + dueTime;
                owner._timers.Add(this);
                owner.SignalTimerWaiters();
                fireNow = dueTime <= TimeSpan.Zero;
                if (fireNow)
                {
                    owner.Reschedule(this);
                }
            }

            if (fireNow)
            {
                // Like a real timer, an already-due callback runs elsewhere, never inside Change or CreateTimer.
                ThreadPool.UnsafeQueueUserWorkItem(_ => Fire(), null);
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
