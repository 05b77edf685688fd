using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>
/// An outage of the Bot Connector and Microsoft Graph (the sign-in services stay up): every call is recorded, then
/// failed the way <see cref="TeamsOutage"/> says, and changes nothing, until <see cref="EndOutage"/>.
/// </summary>
public sealed partial class FakeTeamsServer
{
    private static readonly string[] Services = ["/connector/", "/graph/"];
    private TeamsOutage? _outage;
    private string[] _down = Services;
    private string _retryAfter = "";
    private TaskCompletionSource _outageOver = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Calls held by <see cref="TeamsOutage.Hang"/> right now.</summary>
    public int Hanging { get; private set; }

    /// <summary>Fails the Bot Connector and Graph, or only the services under the path prefixes <paramref name="only"/> names.</summary>
    public void BeginOutage(TeamsOutage outage, string retryAfterSeconds = "30", params string[] only)
    {
        lock (_gate)
        {
            _outage = outage;
            _down = only.Length > 0 ? only : Services;
            _retryAfter = retryAfterSeconds;
            _outageOver = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Ends the outage; calls still hanging get their connection dropped.</summary>
    public void EndOutage()
    {
        lock (_gate)
        {
            _outage = null;
            _outageOver.TrySetResult();
        }
    }

    /// <summary>Fails the call when an outage covers it; true when it was answered (or dropped) so.</summary>
    private async Task<bool> OutageAsync(HttpContext context, TeamsCall call)
    {
        TeamsOutage? outage;
        Task over;
        string retryAfter;
        string[] down;
        lock (_gate) (outage, over, retryAfter, down) = (_outage, _outageOver.Task, _retryAfter, _down);
        if (outage is null || !down.Any(prefix => call.Path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))) return false;
        switch (outage)
        {
            case TeamsOutage.ServerError:
                await ErrorAsync(context.Response, 500, "ServiceError", "Outage: the service failed.");
                break;
            case TeamsOutage.Throttled:
                context.Response.Headers.RetryAfter = retryAfter;
                await ErrorAsync(context.Response, 429, "TooManyRequests", "Outage: too many requests.");
                break;
            case TeamsOutage.ConnectionReset:
                context.Abort();
                break;
            case TeamsOutage.Hang:
                lock (_gate) Hanging++;
                try
                {
                    await over.WaitAsync(context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The bot gave up waiting.
                }
                finally
                {
                    lock (_gate) Hanging--;
                }
                context.Abort();
                break;
        }
        return true;
    }
}
