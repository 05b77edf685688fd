using ChatOps.Core.Ports;
using ChatOps.Core.Probes;

namespace ChatOps.Core.Tests.Support;

/// <summary>Every probe run the engine asked the host for, in order.</summary>
public sealed class RecordingProbeRequests : IProbeRequests
{
    public List<ProbeRequest> Asked { get; } = [];

    public bool Request(ProbeRequest request)
    {
        Asked.Add(request);
        return true;
    }
}
