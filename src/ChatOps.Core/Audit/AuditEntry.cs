namespace ChatOps.Core.Audit;

/// <summary>
/// One command, button press or form submission: who, from which platform, when, about which incident, what they
/// asked for, and how it ended. Starts as allowed; the engine marks it denied or failed.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxCommandLength = 200;
    public const int MaxMessageLength = 500;

    private AuditEntry()
    {
    }

    public AuditEntry(DateTimeOffset at, string actor, string platform, string command)
    {
        At = at;
        Actor = actor;
        Platform = platform;
        Command = Shorten(Flatten(command), MaxCommandLength);
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = "";
    public string Platform { get; private set; } = "";
    public string? IncidentNumber { get; private set; }
    public string Command { get; private set; } = "";
    public AuditOutcome Outcome { get; private set; }
    public string? Message { get; private set; }

    public void About(string incidentNumber) => IncidentNumber = incidentNumber;

    public void Deny(string reason) => End(AuditOutcome.Denied, reason);

    public void Fail(string reason) => End(AuditOutcome.Failed, reason);

    private void End(AuditOutcome outcome, string reason)
    {
        Outcome = outcome;
        Message = Shorten(Flatten(reason), MaxMessageLength);
    }

    private static string Flatten(string text) =>
        string.Join(' ', new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
