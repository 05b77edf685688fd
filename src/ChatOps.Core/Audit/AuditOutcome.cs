namespace ChatOps.Core.Audit;

/// <summary>How a command or button press ended: carried out, refused by the access rules, or failed (with the reason).</summary>
public enum AuditOutcome
{
    Allowed,
    Denied,
    Failed,
}
