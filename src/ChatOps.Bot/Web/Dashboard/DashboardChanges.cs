using ChatOps.Bot.Engine;
using ChatOps.Core.Engine;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// Wakes the live incident pages when a unit of work in this process has committed something that happened to an
/// incident; changes made elsewhere (another replica) are found by the pages' periodic look at the incident's version.
/// </summary>
public sealed class DashboardChanges : IIncidentEventObserver
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Committed(IncidentEvent happened) => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes at the next committed event.</summary>
    public Task Next => Volatile.Read(ref _next).Task;
}
