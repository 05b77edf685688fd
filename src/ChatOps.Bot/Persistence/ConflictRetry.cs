using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// Runs a unit of work again when it lost a race with another replica (it saved a stale copy of an incident). Each
/// attempt must start from scratch with a fresh scope, so it reads what the winner wrote.
/// </summary>
public static class ConflictRetry
{
    public const int MaxAttempts = 5;

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
