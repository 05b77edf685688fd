using ChatOps.Core.Ports;
using ChatOps.Core.Probes;

namespace ChatOps.Bot.Engine;

/// <summary>
/// The probe runs one unit of work asked for, held until it commits (<see cref="EngineServices"/>) and then handed to
/// the probe worker: a unit of work rolled back or retried from scratch asks for nothing twice.
/// </summary>
public sealed class PendingProbeRequests(ProbeQueue queue) : IProbeRequests
{
    private readonly List<ProbeRequest> _pending = [];

    public bool Request(ProbeRequest request)
    {
        _pending.Add(request);
        return true;
    }

    public void Commit()
    {
        foreach (var request in _pending) queue.Enqueue(request);
        _pending.Clear();
    }
}
