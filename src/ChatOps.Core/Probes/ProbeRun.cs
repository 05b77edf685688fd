namespace ChatOps.Core.Probes;

/// <summary>Why probes ran: it decides what of their results is posted.</summary>
public enum ProbeRun
{
    /// <summary>At declaration, for the affected services: every result is posted, as the first evidence.</summary>
    Declared,

    /// <summary>Someone asked with <c>/incident probe</c>: every result is posted.</summary>
    Requested,

    /// <summary>The re-run every <c>probes.every</c> while the incident is open: only a change of state is posted.</summary>
    Periodic,
}
