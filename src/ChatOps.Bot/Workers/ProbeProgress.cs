using System.Collections.Concurrent;

namespace ChatOps.Bot.Workers;

/// <summary>
/// Milestones of the probe worker that a test on a manual clock waits for: the worker is waiting for its next
/// periodic round (so moving the clock on starts it), and how many results it has recorded.
/// </summary>
public sealed class ProbeProgress
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _waiting = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _recorded = new();
    private int _count;

    /// <summary>Completes once <paramref name="rounds"/> periodic rounds have started their probes and the worker waits for the next.</summary>
    public Task WaitingAfter(int rounds) => Milestone(_waiting, rounds).Task;

    /// <summary>Completes once <paramref name="count"/> results have been recorded in all.</summary>
    public Task RecordedAtLeast(int count)
    {
        var milestone = Milestone(_recorded, count);
        // Counted before the milestone was added: Recorded() may not have seen it.
        if (Volatile.Read(ref _count) >= count) milestone.TrySetResult();
        return milestone.Task;
    }

    public int RecordedCount => Volatile.Read(ref _count);

    internal void Waiting(int rounds) => Milestone(_waiting, rounds).TrySetResult();

    internal void Recorded()
    {
        var count = Interlocked.Increment(ref _count);
        foreach (var (at, waiter) in _recorded)
            if (at <= count) waiter.TrySetResult();
    }

    private static TaskCompletionSource Milestone(ConcurrentDictionary<int, TaskCompletionSource> milestones, int at) =>
        milestones.GetOrAdd(at, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
