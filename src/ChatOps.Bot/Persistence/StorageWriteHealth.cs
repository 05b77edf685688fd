namespace ChatOps.Bot.Persistence;

/// <summary>
/// Whether the database takes writes, from every write this process made (<see cref="StorageWriteRecorder"/>) and the
/// readiness probe (<see cref="StorageWriteProbe"/>): failing from the first storage failure, fine again from the next
/// write that succeeds, without a restart. Reading it costs nothing, so liveness can report it.
/// </summary>
public sealed class StorageWriteHealth(StorageOptions storage, TimeProvider time, ILogger<StorageWriteHealth> logger)
{
    private readonly Lock _lock = new();
    private StorageWriteState _state = new(null, null, null, null);

    public StorageWriteState Current
    {
        get
        {
            lock (_lock) return _state;
        }
    }

    public void Succeeded()
    {
        var now = time.GetUtcNow();
        StorageWriteState before;
        lock (_lock)
        {
            before = _state;
            _state = before with { FailingSince = null, LastSucceededAt = now };
        }
        if (before.FailingSince is { } since)
            logger.LogInformation("Writes to the {Database} succeed again, after failing since {Since:O}", storage.Describe(), since);
    }

    public void Failed(string error)
    {
        var now = time.GetUtcNow();
        bool started;
        lock (_lock)
        {
            started = !_state.Failing;
            _state = _state with { FailingSince = _state.FailingSince ?? now, LastError = error, LastFailedAt = now };
        }
        // Once per outage: every request and worker round meets the same error while it lasts.
        if (started) logger.LogError("Writes to the {Database} are failing: {Error}", storage.Describe(), error);
    }
}
