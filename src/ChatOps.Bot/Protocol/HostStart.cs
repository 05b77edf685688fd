namespace ChatOps.Bot.Protocol;

/// <summary>
/// Where the inbox, outbox, reminder and housekeeping workers begin: once the host has started (the server listens and
/// answers), not while it starts. Their first rounds carry out what waited while the bot was down (overdue reminders,
/// intents and effects left behind) and compile their queries; run during the start, on a small machine, they delayed
/// the first answer (BENCHMARKS.md, "Start-up and memory"). Nothing waits longer for it: what they find is durable,
/// and the first round runs right after.
/// </summary>
public static class HostStart
{
    /// <summary>Completes when the host has started (at once if it has), or is cancelled with <paramref name="ct"/>.</summary>
    public static async Task StartedAsync(this IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(ct);
    }
}
