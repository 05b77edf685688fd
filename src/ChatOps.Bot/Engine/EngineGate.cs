namespace ChatOps.Bot.Engine;

/// <summary>
/// Serialises work on incidents inside this process, so a reminder firing in the background and a command
/// typed at the same moment never interleave on one incident.
/// </summary>
public sealed class EngineGate
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken ct = default)
    {
        await _semaphore.WaitAsync(ct);
        try
        {
            return await work();
        }
        finally
        {
            _semaphore.Release();
        }
    }
}
