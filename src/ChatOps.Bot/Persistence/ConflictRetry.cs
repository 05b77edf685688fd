using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// Runs a unit of work again when it lost a race with another replica (it saved a stale copy of an incident). Each
/// attempt must start from scratch with a fresh scope, so it reads what the winner wrote. A lost race means the
/// other replica's save went through, so a run of losses needs a run of saves by others on the same incident in
/// between; people typing on one incident never come near the limit.
/// </summary>
public static class ConflictRetry
{
    public const int MaxAttempts = 10;

    public static async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
            }
        }
    }
}
