namespace ChatOps.Tests.Shared;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also counts the timers waiting on it, so a test can move the clock only once
/// the code under test has started waiting (a retry's <c>Task.Delay</c>, say): moved earlier, the clock would leave that
/// wait due later than the test means. Timers themselves are FakeTimeProvider's.
/// </summary>
public sealed class TimerCountingFakeTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _gate = new();
    private readonly HashSet<CountedTimer> _pending = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    /// <summary>Timers that are scheduled and have not fired (a periodic one counts until it is stopped or disposed).</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> timers are pending.</summary>
    public Task WaitForPendingTimersAsync(int count = 1)
    {
        lock (_gate)
        {
            if (_pending.Count >= count) return Task.CompletedTask;
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new CountedTimer(this, callback, state);
        // Counted before the fake timer exists: FakeTimeProvider fires an already-due timer inside CreateTimer.
        timer.Schedule(dueTime, period);
        timer.Inner = base.CreateTimer(static t => ((CountedTimer)t!).Fire(), timer, dueTime, period);
        return timer;
    }

    private void Count(CountedTimer timer, bool pending)
    {
        lock (_gate)
        {
            if (pending) _pending.Add(timer);
            else _pending.Remove(timer);
            foreach (var waiter in _waiters.Where(w => _pending.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }
    }

    private sealed class CountedTimer(TimerCountingFakeTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private volatile bool _periodic;

        public ITimer Inner { get; set; } = null!;

        public void Schedule(TimeSpan dueTime, TimeSpan period)
        {
            _periodic = period > TimeSpan.Zero && period != Timeout.InfiniteTimeSpan;
            clock.Count(this, dueTime != Timeout.InfiniteTimeSpan);
        }

        public void Fire()
        {
            if (!_periodic) clock.Count(this, false);
            callback(state);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Schedule(dueTime, period);
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            clock.Count(this, false);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
