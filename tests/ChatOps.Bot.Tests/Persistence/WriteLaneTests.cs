using ChatOps.Bot.Persistence;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// SQLite's writer turns (<see cref="SqliteWriteGate"/>) have two lanes: an acknowledgement (a group commit batch a
/// person's request waits for) goes ahead of the workers waiting, so it waits for at most the turn being taken now;
/// workers keep arrival order among themselves and get a turn after each acknowledgement turn, so they are not starved.
/// Each writer holds its turn until the test lets it go, so the order is decided by the gate alone.
/// </summary>
public sealed class WriteLaneTests
{
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(30);

    private readonly SqliteWriteGate _gate = new(new StorageOptions(StorageProvider.Sqlite, StorageOptions.DefaultSqliteConnection, StorageOptions.DefaultClaimLease, "test"));
    private readonly List<string> _ran = [];

    [Fact]
    public async Task An_acknowledgement_queued_behind_a_worker_turn_and_another_waiting_worker_goes_second_not_third()
    {
        var worker = Writer("worker");
        await worker.Started.WaitAsync(Safety);
        var next = Writer("next worker");
        var ack = Writer("ack", ahead: true);
        Assert.Equal((1, 1), _gate.Queued);

        worker.Finish();
        await ack.Started.WaitAsync(Safety);
        Assert.False(next.Started.IsCompleted);
        ack.Finish();
        next.Finish();

        await Task.WhenAll(worker.Done, next.Done, ack.Done).WaitAsync(Safety);
        Assert.Equal(["worker", "ack", "next worker"], _ran);
    }

    [Fact]
    public async Task A_waiting_worker_gets_the_turn_after_one_acknowledgement_even_while_acknowledgements_keep_coming()
    {
        var worker = Writer("worker");
        await worker.Started.WaitAsync(Safety);
        var waiting = Writer("waiting worker");
        var first = Writer("ack 1", ahead: true);
        worker.Finish();
        await first.Started.WaitAsync(Safety);

        // Another batch asks while the first holds the turn: the worker that waited since before goes first.
        var second = Writer("ack 2", ahead: true);
        first.Finish();
        await waiting.Started.WaitAsync(Safety);
        Assert.False(second.Started.IsCompleted);
        var third = Writer("ack 3", ahead: true);
        var last = Writer("last worker");
        waiting.Finish();
        await second.Started.WaitAsync(Safety);
        second.Finish();
        await last.Started.WaitAsync(Safety);
        last.Finish();
        third.Finish();

        await Task.WhenAll(worker.Done, waiting.Done, first.Done, second.Done, third.Done, last.Done).WaitAsync(Safety);
        Assert.Equal(["worker", "ack 1", "waiting worker", "ack 2", "last worker", "ack 3"], _ran);
    }

    [Fact]
    public async Task Workers_take_turns_in_arrival_order_and_acknowledgements_with_no_worker_waiting_follow_each_other()
    {
        var worker = Writer("worker");
        await worker.Started.WaitAsync(Safety);
        var second = Writer("second worker");
        var third = Writer("third worker");
        worker.Finish();
        second.Finish();
        third.Finish();
        await Task.WhenAll(worker.Done, second.Done, third.Done).WaitAsync(Safety);

        var ack = Writer("ack 1", ahead: true);
        await ack.Started.WaitAsync(Safety);
        var again = Writer("ack 2", ahead: true);
        ack.Finish();
        again.Finish();
        await Task.WhenAll(ack.Done, again.Done).WaitAsync(Safety);

        Assert.Equal(["worker", "second worker", "third worker", "ack 1", "ack 2"], _ran);
        Assert.Equal((0, 0), _gate.Queued);
    }

    [Fact]
    public async Task A_writer_that_gives_up_while_waiting_leaves_the_queue_and_never_runs()
    {
        var worker = Writer("worker");
        await worker.Started.WaitAsync(Safety);
        using var gaveUp = new CancellationTokenSource();
        var abandoned = Writer("abandoned", ahead: true, gaveUp.Token);
        var next = Writer("next worker");
        Assert.Equal((1, 1), _gate.Queued);

        await gaveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned.Done.WaitAsync(Safety));
        Assert.Equal((1, 0), _gate.Queued);
        worker.Finish();
        next.Finish();

        await Task.WhenAll(worker.Done, next.Done).WaitAsync(Safety);
        Assert.Equal(["worker", "next worker"], _ran);
        Assert.Equal((2, 0), (_gate.Contention.Turns, _gate.AheadContention.Turns));
    }

    [Fact]
    public async Task A_group_commit_batch_goes_ahead_of_a_waiting_worker()
    {
        using var databases = new SqliteDatabases();
        await using var replica = new StorageReplica(await databases.NewDatabaseAsync(), "replica");
        await replica.MigrateAsync();
        var commit = replica.Service<InboxGroupCommit>();
        var gate = replica.Service<SqliteWriteGate>();
        var release = new TaskCompletionSource();
        var holding = new TaskCompletionSource();
        var worker = gate.RunAsync(async () =>
        {
            holding.SetResult();
            await release.Task;
        });
        await holding.Task.WaitAsync(Safety);
        bool? storedBeforeNext = null;
        Task<bool>? ack = null;
        var next = gate.RunAsync(() =>
        {
            storedBeforeNext = ack!.IsCompletedSuccessfully;
            return Task.CompletedTask;
        });

        ack = commit.RecordAsync("ack", "test", "command", "{}", CancellationToken.None);
        await UntilQueuedAsync(gate, (1, 1));
        release.SetResult();

        Assert.True(await ack.WaitAsync(Safety));
        await Task.WhenAll(worker, next).WaitAsync(Safety);
        Assert.True(storedBeforeNext);
    }

    /// <summary>Waits (bounded by wall clock, for safety) until the gate's lanes hold <paramref name="queued"/> writers.</summary>
    private static async Task UntilQueuedAsync(SqliteWriteGate gate, (int Workers, int Ahead) queued)
    {
        var until = DateTime.UtcNow + Safety;
        while (true)
        {
            // Take the signal before looking, so a change in between wakes the wait.
            var changed = gate.QueueChanged;
            if (gate.Queued == queued) return;
            var left = until - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero && await Task.WhenAny(changed, Task.Delay(left)) == changed, $"the gate's queue was not {queued} within {Safety}");
        }
    }

    /// <summary>Asks for a turn now; once it has it, says so (Started) and holds it until <see cref="Held.Finish"/>.</summary>
    private Held Writer(string name, bool ahead = false, CancellationToken ct = default)
    {
        var held = new Held();
        Task Write()
        {
            lock (_ran) _ran.Add(name);
            held.Start();
            return held.Released;
        }
        held.Done = ahead ? _gate.RunAheadAsync(async () => { await Write(); return true; }, ct) : _gate.RunAsync(Write, ct);
        return held;
    }

    private sealed class Held
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;
        public Task Released => _release.Task;
        public Task Done { get; set; } = Task.CompletedTask;

        public void Start() => _started.SetResult();
        public void Finish() => _release.TrySetResult();
    }
}
