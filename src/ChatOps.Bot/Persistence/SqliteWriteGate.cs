namespace ChatOps.Bot.Persistence;

/// <summary>
/// SQLite lets one connection write at a time. A second writer gets SQLITE_BUSY, and Microsoft.Data.Sqlite retries it
/// after sleeping 150 ms, so under load an acknowledgement could wait hundreds of milliseconds behind a worker that
/// held the lock for one. Writers in this process therefore take turns here and never meet the lock. Re-entrant within
/// one flow (a unit of work saving its incident); on PostgreSQL it does nothing.
/// </summary>
/// <remarks>
/// Two lanes. Workers (units of work, the outbox, claims) take turns in arrival order (<see cref="RunAsync{T}"/>).
/// Acknowledgements (<see cref="RunAheadAsync{T}"/>: a group commit batch, which a person's request waits for) go ahead
/// of the workers that are waiting, so a batch waits for at most the turn being taken now, not for every worker queued
/// behind it. Workers are not starved: after <see cref="AheadInARow"/> acknowledgement turns in a row while a worker
/// waits, the first waiting worker goes next.
/// </remarks>
public sealed class SqliteWriteGate(StorageOptions storage)
{
    /// <summary>Acknowledgement turns taken in a row ahead of a waiting worker before that worker gets its turn.</summary>
    public const int AheadInARow = 1;

    private readonly Lock _lock = new();
    private readonly LinkedList<TaskCompletionSource> _workers = new();
    private readonly LinkedList<TaskCompletionSource> _ahead = new();
    private bool _taken;
    private int _aheadInARow;
    private TaskCompletionSource? _queueChanged;
    // Why an AsyncLocal: re-entrancy must be known inside EF-facing stores (incident store, audit log, outbox) that a
    // unit of work calls while it already holds the turn, and those are shared scoped services whose methods cannot
    // take a "you hold the turn" argument without leaking SQLite's locking into every port. It carries no behaviour
    // but "this flow already holds the turn", is set and cleared only here, and never crosses a unit of work.
    private readonly AsyncLocal<bool> _holding = new();
    private long _turns;
    private long _waitedTicks;
    private long _aheadTurns;
    private long _aheadWaitedTicks;

    /// <summary>Turns taken and the time spent waiting for them since start (Stopwatch ticks): how contended writing is.</summary>
    public (long Turns, TimeSpan Waited) Contention => (Interlocked.Read(ref _turns), System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _waitedTicks)));

    /// <summary>The acknowledgement lane's share of <see cref="Contention"/>: its turns and the time they waited.</summary>
    public (long Turns, TimeSpan Waited) AheadContention => (Interlocked.Read(ref _aheadTurns), System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _aheadWaitedTicks)));

    /// <summary>Writers waiting for the turn now, in each lane.</summary>
    public (int Workers, int Ahead) Queued
    {
        get
        {
            lock (_lock) return (_workers.Count, _ahead.Count);
        }
    }

    /// <summary>Completes the next time <see cref="Queued"/> changes: to await, not poll.</summary>
    public Task QueueChanged
    {
        get
        {
            lock (_lock) return (_queueChanged ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    /// <summary>Whether this flow holds the turn already (a unit of work writing), so a write it starts elsewhere cannot wait for one.</summary>
    public bool HeldHere => _holding.Value;

    /// <summary>Runs <paramref name="write"/> in its turn, after the writers that asked before it (a worker's write).</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken ct = default) => RunAsync(write, ahead: false, ct);

    public Task RunAsync(Func<Task> write, CancellationToken ct = default) =>
        RunAsync(async () =>
        {
            await write();
            return true;
        }, ct);

    /// <summary>
    /// Runs <paramref name="write"/> in its turn, ahead of the workers waiting (an acknowledgement someone waits for),
    /// unless acknowledgements went ahead of them <see cref="AheadInARow"/> times in a row already.
    /// </summary>
    public Task<T> RunAheadAsync<T>(Func<Task<T>> write, CancellationToken ct = default) => RunAsync(write, ahead: true, ct);

    private async Task<T> RunAsync<T>(Func<Task<T>> write, bool ahead, CancellationToken ct)
    {
        if (storage.Provider != StorageProvider.Sqlite || _holding.Value) return await write();
        var asked = System.Diagnostics.Stopwatch.GetTimestamp();
        await TurnAsync(ahead, ct);
        var waited = System.Diagnostics.Stopwatch.GetTimestamp() - asked;
        Interlocked.Add(ref _waitedTicks, waited);
        Interlocked.Increment(ref _turns);
        if (ahead)
        {
            Interlocked.Add(ref _aheadWaitedTicks, waited);
            Interlocked.Increment(ref _aheadTurns);
        }
        try
        {
            _holding.Value = true;
            return await write();
        }
        finally
        {
            _holding.Value = false;
            PassTurn();
        }
    }

    /// <summary>Completes when this flow has the turn; a wait cancelled before the turn came leaves the queue.</summary>
    private async Task TurnAsync(bool ahead, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        LinkedListNode<TaskCompletionSource> waiting;
        lock (_lock)
        {
            if (!_taken)
            {
                _taken = true;
                _aheadInARow = ahead ? _aheadInARow + 1 : 0;
                return;
            }
            waiting = (ahead ? _ahead : _workers).AddLast(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            QueueDidChange();
        }
        await using (ct.Register(() => GiveUp(waiting, ct)))
            await waiting.Value.Task;
    }

    private void GiveUp(LinkedListNode<TaskCompletionSource> waiting, CancellationToken ct)
    {
        lock (_lock)
        {
            // Already handed the turn: it is this flow's, and its finally passes it on.
            if (waiting.List is null) return;
            waiting.List.Remove(waiting);
            QueueDidChange();
        }
        waiting.Value.TrySetCanceled(ct);
    }

    /// <summary>Hands the turn to the next waiting writer, or frees it.</summary>
    private void PassTurn()
    {
        TaskCompletionSource next;
        lock (_lock)
        {
            var ahead = _ahead.Count > 0 && (_workers.Count == 0 || _aheadInARow < AheadInARow);
            var lane = ahead ? _ahead : _workers.Count > 0 ? _workers : null;
            if (lane is null)
            {
                _taken = false;
                return;
            }
            next = lane.First!.Value;
            lane.RemoveFirst();
            _aheadInARow = ahead ? _aheadInARow + 1 : 0;
            QueueDidChange();
        }
        next.SetResult();
    }

    /// <summary>Wakes whoever awaits <see cref="QueueChanged"/> (only a test or a diagnostic does: no allocation otherwise). Under the lock.</summary>
    private void QueueDidChange()
    {
        var changed = _queueChanged;
        _queueChanged = null;
        changed?.TrySetResult();
    }
}
