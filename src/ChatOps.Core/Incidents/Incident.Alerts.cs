namespace ChatOps.Core.Incidents;

/// <summary>What monitoring reports about a running incident.</summary>
public sealed partial class Incident
{
    public const string AlertEntry = "alert";

    /// <summary>
    /// An alert fired, resolved or was acknowledged at its source: a timeline entry (kind <see cref="AlertEntry"/>) by the
    /// source, which, not being a person, does not become a participant.
    /// </summary>
    public void RecordAlert(string source, string text, DateTimeOffset now)
    {
        RequireNotClosed("record alerts on");
        Record(now, source, AlertEntry, text.Trim());
    }
}
