using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

/// <summary>A command written back in the shared grammar, as the audit log shows it.</summary>
public static class CommandText
{
    public static string Of(IncidentCommand command) => command switch
    {
        DeclareCommand d => Join("declare", Options(d.Details), d.Severity, d.Title),
        AcknowledgeCommand => "ack",
        PostUpdateCommand u => Join("update", u.Status?.ToString().ToLowerInvariant(), u.Message),
        ChangeSeverityCommand s => Join("sev", s.Severity),
        AssignRoleCommand r => Join("role", r.Role.ToString().ToLowerInvariant(), r.Person),
        TriageCommand => "triage",
        AnswerTriageCommand a => Join("triage", $"{a.QuestionId} -> {a.AnswerId}"),
        EscalateCommand e => Join("escalate", e.Reason),
        AddNoteCommand n => Join("note", n.Text),
        ResolveCommand r => Join("resolve", r.Summary),
        CloseCommand => "close",
        NotifiedCommand n => Join("notified", n.Text),
        AuditCommand a => Join("audit", a.Incident, a.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ListCommand => "list",
        StatusCommand => "status",
        HelpCommand => "help",
        _ => command.GetType().Name,
    };

    /// <summary>A button press: its action id and the value it carried.</summary>
    public static string Button(string actionId, string value) => $"[button] {actionId} {value}".TrimEnd();

    /// <summary>A form submission: its id and its short fields (long texts such as impact stay out of the log).</summary>
    public static string Form(string formId, IReadOnlyDictionary<string, string> values) =>
        Join($"[form] {formId}", Join([.. ShortFields.Where(f => values.TryGetValue(f, out var v) && !string.IsNullOrWhiteSpace(v)).Select(f => $"{f}={values[f].Trim()}")]));

    private static readonly string[] ShortFields =
        [Messaging.IncidentForms.Severity, Messaging.IncidentForms.Kind, Messaging.IncidentForms.Private, Messaging.IncidentForms.Status, Messaging.IncidentForms.Title];

    private static string? Options(DeclareDetails? details) =>
        details is null ? null : Join(details.Kind is { } kind ? $"--kind {kind}" : null, details.Private ? "--private" : null);

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
