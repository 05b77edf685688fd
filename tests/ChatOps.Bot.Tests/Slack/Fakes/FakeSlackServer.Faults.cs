using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Tests.Slack.Fakes;

/// <summary>A Slack that hangs (holds every call until released) or fails only some methods.</summary>
public sealed partial class FakeSlackServer
{
    private HashSet<string>? _outageMethods;
    private TaskCompletionSource? _hold;
    private bool _resets;

    /// <summary>Until <see cref="EndResets"/>, every Web API call and response_url post is received and its connection dropped.</summary>
    public void BeginResets()
    {
        lock (_gate)
        {
            _resets = true;
        }
    }

    public void EndResets()
    {
        lock (_gate)
        {
            _resets = false;
        }
    }

    /// <summary>Drops the connection when resets are on; true when it did.</summary>
    private bool Reset(HttpContext context)
    {
        lock (_gate)
        {
            if (!_resets) return false;
        }
        context.Abort();
        return true;
    }

    /// <summary>Until <see cref="Release"/>, every Web API call and response_url post is received and then held unanswered.</summary>
    public void Hang()
    {
        lock (_gate)
        {
            _hold ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Answers every held call, and answers at once from now on.</summary>
    public void Release()
    {
        TaskCompletionSource? hold;
        lock (_gate)
        {
            (hold, _hold) = (_hold, null);
        }
        hold?.TrySetResult();
    }

    private Task HeldAsync(CancellationToken aborted)
    {
        lock (_gate)
        {
            return _hold is { } hold ? hold.Task.WaitAsync(aborted) : Task.CompletedTask;
        }
    }

    private Func<HttpResponse, Task>? InOutage(string method) =>
        _outage is not null && (_outageMethods is null || _outageMethods.Contains(method)) ? _outage : null;
}
