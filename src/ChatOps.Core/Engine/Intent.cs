using ChatOps.Core.Commands;

namespace ChatOps.Core.Engine;

/// <summary>
/// An input turned into a command: the handler that owns it, the command (null when a form came back with
/// <see cref="FieldErrors"/>), the incident a button or form named (else the command applies to the channel's), and
/// the text the audit log shows for it.
/// </summary>
public sealed record Intent(
    ICommandHandler Handler,
    IncidentCommand? Command,
    string AuditText,
    string? IncidentNumber = null,
    IReadOnlyDictionary<string, string>? FieldErrors = null);

/// <summary>The intent an input stands for, or the refusal that says why it stands for none.</summary>
public sealed record Translation(string AuditText, Intent? Intent, CommandReply? Refusal)
{
    public static Translation Of(Intent intent) => new(intent.AuditText, intent, null);

    public static Translation Refused(string auditText, string refusal) => new(auditText, null, CommandReply.Error(refusal));
}
