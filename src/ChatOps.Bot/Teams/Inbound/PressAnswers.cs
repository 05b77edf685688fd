using System.Collections.Concurrent;
using ChatOps.Core.Commands;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// Card presses whose invoke is still open, waiting for the inbox worker to carry them out, by inbox key: the worker's
/// reply goes to the waiting invoke (which answers with the refreshed card) instead of the conversation. An invoke
/// that stopped waiting leaves no entry, so its reply is posted in the conversation as any other.
/// </summary>
public sealed class PressAnswers
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CommandReply>> _waiting = new(StringComparer.Ordinal);

    /// <summary>Starts waiting for the reply to the press stored under <paramref name="key"/>.</summary>
    public Task<CommandReply> Expect(string key) =>
        _waiting.GetOrAdd(key, _ => new TaskCompletionSource<CommandReply>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Hands the reply to the invoke waiting for it; false when none is (any more).</summary>
    public bool TryAnswer(string key, CommandReply reply) => _waiting.TryRemove(key, out var waiting) && waiting.TrySetResult(reply);

    /// <summary>Stops waiting; false when the reply came first (it is then in the task <see cref="Expect"/> returned).</summary>
    public bool StopWaiting(string key) => _waiting.TryRemove(key, out _);
}
