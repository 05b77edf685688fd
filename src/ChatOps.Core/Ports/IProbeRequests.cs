using ChatOps.Core.Probes;

namespace ChatOps.Core.Ports;

/// <summary>
/// Asks the host to run probes now. The host runs them after the unit of work that asked has committed, outside it,
/// and records the results through <see cref="Commands.RecordProbeResultsCommand"/>. A request is not state: one lost
/// in a crash is simply not run (run <c>/incident probe</c> again).
/// </summary>
public interface IProbeRequests
{
    /// <summary>False when this host runs no probes (the shell).</summary>
    bool Request(ProbeRequest request);
}

/// <summary>A host that runs no probes.</summary>
public sealed class NoProbeRequests : IProbeRequests
{
    public static readonly NoProbeRequests Instance = new();

    public bool Request(ProbeRequest request) => false;
}
