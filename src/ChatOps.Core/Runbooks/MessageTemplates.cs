namespace ChatOps.Core.Runbooks;

/// <summary>
/// Message templates with <c>{placeholder}</c> fields; the names allowed are <see cref="Placeholders"/>.
/// </summary>
public sealed record MessageTemplates(string StatusUpdate, string Close)
{
    public static readonly IReadOnlySet<string> Placeholders = new HashSet<string>(StringComparer.Ordinal)
    {
        "number", "title", "severity", "severity_name", "status", "duration", "impact", "services",
        "message", "next_update", "commander", "started", "resolved_at", "summary", "channel",
    };
}
