using System.Data.Common;
using System.Text;
using ChatOps.Bot.Signals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// Group commit for acknowledgements. Each received intent must be durable before its request is answered, and one
/// durable commit per intent (an fsync on SQLite, a WAL flush on PostgreSQL) capped acknowledgements near 800 a second.
/// So intents that arrive while a commit runs wait for the next one, and each commit stores all of them: one
/// transaction, one multi-row insert, one fsync. Every request is answered when its own batch has committed; a batch
/// that fails fails every intent in it (none is stored), so nobody is told "received" for an intent that was not.
/// </summary>
/// <remarks>
/// Duplicates (a platform retrying a delivery, a double submit) are told apart by the unique dedupe key: within a batch
/// the first of a key is stored and the others answer "already received", and against what is stored already (an
/// earlier batch, another replica) the insert skips the key (<c>ON CONFLICT DO NOTHING</c>) and says which rows it
/// stored (<c>RETURNING</c>). The insert is plain ADO.NET on the context's connection, without EF Core's change tracker:
/// that bookkeeping cost more than the insert. On SQLite a batch takes its turn at <see cref="SqliteWriteGate"/> in
/// the acknowledgement lane (<see cref="SqliteWriteGate.RunAheadAsync{T}"/>: ahead of the workers waiting, so it waits for
/// at most the turn being taken now) and is taken from the queue only once it has its turn, so intents that arrive while
/// a worker writes join it.
/// </remarks>
public sealed class InboxGroupCommit(IServiceScopeFactory scopes, SqliteWriteGate writes, StorageWriteHealth health, RequestsInFlight requests, TimeProvider time)
{
    /// <summary>The most intents one commit stores; more wait for the next.</summary>
    public const int MaxBatch = 512;

    /// <summary>
    /// How long a batch waits for more intents while a burst is on (PostgreSQL's <c>commit_delay</c>): when at least
    /// <see cref="Siblings"/> requests are being handled besides the intents already waiting, they will want a commit
    /// in a moment, and one commit for all of them costs the cores less than a commit for every few. Measured at 200
    /// connections on two cores: without it some runs fell into batches of 6-13 intents (p99 35-56 ms), others kept
    /// 30-70 (p99 20-40 ms); with it every run kept 40-105.
    /// </summary>
    public static readonly TimeSpan CommitDelay = TimeSpan.FromMilliseconds(1);

    /// <summary>Requests being handled, besides the intents waiting for the batch, for the batch to wait (PostgreSQL's <c>commit_siblings</c>).</summary>
    public const int Siblings = 8;

    /// <summary>Whether a batch of <paramref name="waiting"/> intents waits <see cref="CommitDelay"/> for more, with <paramref name="handled"/> requests being handled.</summary>
    public static bool Gathers(int handled, int waiting) => waiting < MaxBatch && handled - waiting >= Siblings;

    /// <summary>Rows per INSERT statement (6 parameters each), well below both databases' limits on parameters.</summary>
    private const int RowsPerStatement = 128;

    private static readonly string[] Columns =
        [nameof(InboundRow.DedupeKey), nameof(InboundRow.Platform), nameof(InboundRow.Kind), nameof(InboundRow.Payload), nameof(InboundRow.ReceivedAt), nameof(InboundRow.Attempts)];

    private readonly Lock _lock = new();
    private List<Waiting> _queue = [];
    private bool _draining;
    private int _committing;
    private TaskCompletionSource _committingChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _batches;
    private long _intents;
    private InsertShape? _shape;

    /// <summary>Batches committed (or tried) and the intents in them since start: how well acknowledgements are grouped.</summary>
    public (long Batches, long Intents) Grouped => (Interlocked.Read(ref _batches), Interlocked.Read(ref _intents));

    /// <summary>Intents in the batch being committed now (0 when none is).</summary>
    public int Committing => Volatile.Read(ref _committing);

    /// <summary>Completes the next time <see cref="Committing"/> changes (a batch starts or ends): to await, not poll.</summary>
    public Task CommittingChanged => Volatile.Read(ref _committingChanged).Task;

    /// <summary>
    /// Stores the intent durably with the next batch; true once stored, false when one with the same key was received
    /// already (a retry or a double submit). Throws what the database threw when its batch could not be stored.
    /// </summary>
    public Task<bool> RecordAsync(string dedupeKey, string platform, string kind, string payload, CancellationToken ct)
    {
        var waiting = new Waiting(dedupeKey, platform, kind, payload, time.GetUtcNow(), ct);
        // A flow already holding SQLite's writer turn (a unit of work) cannot wait for a batch that needs the turn.
        if (writes.HeldHere) return CommitAloneAsync(waiting);
        bool start;
        lock (_lock)
        {
            _queue.Add(waiting);
            start = !_draining;
            _draining = true;
        }
        if (start)
        {
            // The batches belong to no request: nothing of the first caller's flow (its writer turn) may travel with them.
            using (ExecutionContext.SuppressFlow()) _ = Task.Run(DrainAsync, CancellationToken.None);
        }
        return waiting.Stored.Task;
    }

    private async Task<bool> CommitAloneAsync(Waiting waiting)
    {
        await CommitAsync([waiting]);
        return await waiting.Stored.Task;
    }

    private async Task DrainAsync()
    {
        try
        {
            // A turn is asked for only while intents wait: an empty turn would make the workers wait for nothing.
            while (AnyWaiting())
            {
                if (Gathers(requests.Count, Queued)) await Task.Delay(CommitDelay);
                await writes.RunAheadAsync(async () =>
                {
                    if (Take() is { } batch) await CommitAsync(batch);
                    return true;
                });
            }
        }
        catch (Exception ex)
        {
            // Not even a turn to write (the host shutting down): whoever waits is told, and the next intent drains anew.
            List<Waiting> left;
            lock (_lock)
            {
                left = _queue;
                _queue = [];
                _draining = false;
            }
            foreach (var w in left) w.Stored.TrySetException(ex);
        }
    }

    private int Queued
    {
        get
        {
            lock (_lock) return _queue.Count;
        }
    }

    /// <summary>Whether intents wait for a batch; when none does, no one is draining any more.</summary>
    private bool AnyWaiting()
    {
        lock (_lock)
        {
            if (_queue.Count > 0) return true;
            _draining = false;
            return false;
        }
    }

    /// <summary>The next batch, or null when nothing is waiting.</summary>
    private List<Waiting>? Take()
    {
        lock (_lock)
        {
            if (_queue.Count == 0) return null;
            if (_queue.Count <= MaxBatch)
            {
                var all = _queue;
                _queue = [];
                return all;
            }
            var first = _queue.GetRange(0, MaxBatch);
            _queue.RemoveRange(0, MaxBatch);
            return first;
        }
    }

    /// <summary>Commits <paramref name="batch"/> and answers each of its intents; never throws.</summary>
    private async Task CommitAsync(List<Waiting> batch)
    {
        // A request that gave up before its batch began is not stored; the platform sends it again or the person does.
        var live = new List<Waiting>(batch.Count);
        foreach (var w in batch)
        {
            if (w.Ct.IsCancellationRequested) w.Stored.TrySetCanceled(w.Ct);
            else live.Add(w);
        }
        if (live.Count == 0) return;
        var firsts = new Dictionary<string, Waiting>(StringComparer.Ordinal);
        foreach (var w in live) firsts.TryAdd(w.DedupeKey, w);
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _intents, live.Count);
        SetCommitting(live.Count);
        try
        {
            var stored = await InsertAsync(firsts.Values.ToList());
            health.Succeeded();
            foreach (var w in live) w.Stored.TrySetResult(ReferenceEquals(firsts[w.DedupeKey], w) && stored.Contains(w.DedupeKey));
        }
        catch (Exception ex)
        {
            if (StorageFaults.Describe(ex) is { } error) health.Failed(error);
            foreach (var w in live) w.Stored.TrySetException(ex);
        }
        finally
        {
            SetCommitting(0);
        }
    }

    /// <summary>Inserts the rows in one durable transaction; returns the keys it stored (the others were there already).</summary>
    private async Task<HashSet<string>> InsertAsync(List<Waiting> rows)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
        var shape = _shape ??= InsertShape.Of(db);
        return await SqliteDurability.DurablyAsync(db, async () =>
        {
            await db.Database.OpenConnectionAsync(CancellationToken.None);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                var stored = new HashSet<string>(StringComparer.Ordinal);
                foreach (var chunk in rows.Chunk(RowsPerStatement))
                {
                    await using var command = shape.Command(db.Database.GetDbConnection(), transaction.GetDbTransaction(), chunk);
                    await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
                    while (await reader.ReadAsync(CancellationToken.None)) stored.Add(reader.GetString(0));
                }
                await transaction.CommitAsync(CancellationToken.None);
                return stored;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }, CancellationToken.None);
    }

    private sealed record Waiting(string DedupeKey, string Platform, string Kind, string Payload, DateTimeOffset ReceivedAt, CancellationToken Ct)
    {
        public TaskCompletionSource<bool> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The Inbox table's insert as this database spells it, with the model's own names and value conversions.</summary>
    private sealed class InsertShape(string head, string tail, RelationalTypeMapping[] mappings)
    {
        public static InsertShape Of(ChatOpsDbContext db)
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            var entity = db.Model.FindEntityType(typeof(InboundRow))!;
            var properties = Columns.Select(c => entity.FindProperty(c)!).ToArray();
            string Column(string name) => sql.DelimitIdentifier(entity.FindProperty(name)!.GetColumnName());
            var head = $"INSERT INTO {sql.DelimitIdentifier(entity.GetTableName()!)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName())))}) VALUES ";
            var tail = $" ON CONFLICT ({Column(nameof(InboundRow.DedupeKey))}) DO NOTHING RETURNING {Column(nameof(InboundRow.DedupeKey))}";
            return new InsertShape(head, tail, properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToArray());
        }

        public DbCommand Command(DbConnection connection, DbTransaction transaction, IReadOnlyList<Waiting> rows)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head);
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                object[] values = [row.DedupeKey, row.Platform, row.Kind, row.Payload, row.ReceivedAt, 0];
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < values.Length; c++)
                {
                    var name = $"@p{r}_{c}";
                    text.Append(c == 0 ? name : ", " + name);
                    command.Parameters.Add(mappings[c].CreateParameter(command, name, values[c], nullable: false));
                }
                text.Append(')');
            }
            command.CommandText = text.Append(tail).ToString();
            return command;
        }
    }

    private void SetCommitting(int intents)
    {
        Volatile.Write(ref _committing, intents);
        Interlocked.Exchange(ref _committingChanged, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
