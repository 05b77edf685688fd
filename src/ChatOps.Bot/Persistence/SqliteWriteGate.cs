namespace ChatOps.Bot.Persistence;

/// <summary>
/// SQLite lets one connection write at a time. A second writer gets SQLITE_BUSY, and Microsoft.Data.Sqlite retries it
/// after sleeping 150 ms, so under load an acknowledgement could wait hundreds of milliseconds behind a worker that
/// held the lock for one. Writers in this process therefore take turns here, in arrival order, and never meet the
/// lock. Re-entrant within one flow (a unit of work saving its incident); on PostgreSQL it does nothing.
/// </summary>
public sealed class SqliteWriteGate(StorageOptions storage)
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    // Why an AsyncLocal: re-entrancy must be known inside EF-facing stores (incident store, audit log, outbox) that a
    // unit of work calls while it already holds the turn, and those are shared scoped services whose methods cannot
    // take a "you hold the turn" argument without leaking SQLite's locking into every port. It carries no behaviour
    // but "this flow already holds the turn", is set and cleared only here, and never crosses a unit of work.
    private readonly AsyncLocal<bool> _holding = new();
    private long _turns;
    private long _waitedTicks;

    /// <summary>Turns taken and the time spent waiting for them since start (Stopwatch ticks): how contended writing is.</summary>
    public (long Turns, TimeSpan Waited) Contention => (Interlocked.Read(ref _turns), System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _waitedTicks)));

    /// <summary>Whether this flow holds the turn already (a unit of work writing), so a write it starts elsewhere cannot wait for one.</summary>
    public bool HeldHere => _holding.Value;

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken ct = default)
    {
        if (storage.Provider != StorageProvider.Sqlite || _holding.Value) return await write();
        var asked = System.Diagnostics.Stopwatch.GetTimestamp();
        await _turn.WaitAsync(ct);
        Interlocked.Add(ref _waitedTicks, System.Diagnostics.Stopwatch.GetTimestamp() - asked);
        Interlocked.Increment(ref _turns);
        try
        {
            _holding.Value = true;
            return await write();
        }
        finally
        {
            _holding.Value = false;
            _turn.Release();
        }
    }

    public Task RunAsync(Func<Task> write, CancellationToken ct = default) =>
        RunAsync(async () =>
        {
            await write();
            return true;
        }, ct);
}
