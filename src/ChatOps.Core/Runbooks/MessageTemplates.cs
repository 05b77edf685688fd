namespace ChatOps.Core.Runbooks;

/// <summary>
/// Message templates with <c>{placeholder}</c> fields; the names allowed are <see cref="Placeholders"/>. <see cref="Close"/>
/// is posted to the responders in the incident channel; <see cref="CustomerClose"/>, when the runbook has one, is the
/// customer-facing message handed to whoever resolves, ready to send where customers read it.
/// </summary>
public sealed record MessageTemplates(string StatusUpdate, string Close, string? CustomerClose = null)
{
    public static readonly IReadOnlySet<string> Placeholders = new HashSet<string>(StringComparer.Ordinal)
    {
        "number", "title", "severity", "severity_name", "status", "duration", "impact", "services",
        "message", "next_update", "commander", "started", "resolved_at", "summary", "channel",
    };
}
