using System.Threading.Channels;
using ChatOps.Core.Engine;
using ChatOps.Core.Probes;

namespace ChatOps.Bot.Engine;

/// <summary>
/// Probe runs waiting for the probe worker, in memory: a declaration (seen as its committed event) asks for the
/// incident's probes, <c>/incident probe</c> for the ones named (handed over by <see cref="PendingProbeRequests"/> once
/// its unit of work commits). A run is not state: one lost in a crash is not run, and the next periodic round or a
/// second <c>/incident probe</c> runs it.
/// </summary>
public sealed class ProbeQueue : IIncidentEventObserver
{
    private readonly Channel<ProbeRequest> _requests = Channel.CreateUnbounded<ProbeRequest>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<ProbeRequest> Requests => _requests.Reader;

    public void Enqueue(ProbeRequest request) => _requests.Writer.TryWrite(request);

    /// <summary>A declared incident's own probes (those of its affected services) run at once: an empty list says "its own".</summary>
    public void Committed(IncidentEvent happened)
    {
        if (happened.Name == IncidentEvent.Declared) Enqueue(new ProbeRequest(happened.Incident, [], ProbeRun.Declared));
    }
}
