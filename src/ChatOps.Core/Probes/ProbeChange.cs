namespace ChatOps.Core.Probes;

/// <summary>How a probe's new result compares with its last one on the incident.</summary>
public enum ProbeChange
{
    /// <summary>The probe's first result on this incident.</summary>
    First,

    /// <summary>The same state as last time (passing again, or failing again).</summary>
    Same,

    /// <summary>It was failing and now passes.</summary>
    Recovered,

    /// <summary>It was passing and now fails.</summary>
    Failed,
}
