using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Messaging;

/// <summary>The declare and status-update forms.</summary>
public static class IncidentForms
{
    public const string Title = "title";
    public const string Severity = "severity";
    public const string Kind = "kind";
    public const string Services = "services";
    public const string Impact = "impact";
    public const string Description = "description";
    public const string Private = "private";
    public const string Started = "started";
    public const string Detected = "detected";
    public const string Status = "status";
    public const string Message = "message";

    public const int MaxTitleLength = 150;

    /// <summary>The declare form; the kind field appears when the runbook defines kinds.</summary>
    public static Form Declare(Runbook runbook, DeclareDetails? preset = null)
    {
        var fields = new List<FormField>
        {
            new(Title, "Title", FormFieldKind.Text, true, Hint: "Clear, descriptive: what is broken"),
            new(Severity, "Severity", FormFieldKind.Select, true,
                runbook.Severities.Select(s => new FormChoice(s.Key, $"{s.Key} - {s.Name}")).ToList()),
        };
        if (runbook.Kinds.Count > 0)
            fields.Add(new(Kind, "Kind", FormFieldKind.Select, false,
                runbook.Kinds.Select(k => new FormChoice(k.Key, KindLabel(k))).ToList(),
                Initial: preset?.Kind is { } kind ? runbook.FindKind(kind)?.Key : null,
                Hint: "Only if it is one of these; a private kind gets a private channel"));
        fields.Add(new(Services, "Affected services", FormFieldKind.Text, false, Hint: "e.g. API, Webhooks, Payment Processing"));
        fields.Add(new(Impact, "Impact", FormFieldKind.LongText, false, Hint: "Who is affected and how"));
        fields.Add(new(Description, "Description", FormFieldKind.LongText, false));
        fields.Add(new(Private, "Private incident (private channel, not announced)", FormFieldKind.Checkbox, false,
            Initial: preset?.Private == true ? "true" : null));
        fields.Add(new(Started, "Began at (UTC)", FormFieldKind.Text, false, Hint: "If before now: e.g. 14:30 or 20m ago"));
        fields.Add(new(Detected, "Noticed at (UTC)", FormFieldKind.Text, false, Hint: "When an alert or a person first noticed it: e.g. 14:32 or 15m ago"));
        return new Form(Commands.Declare.FormId, "Declare an incident", "Declare", fields);
    }

    private static string KindLabel(IncidentKind kind)
    {
        var notes = new List<string>();
        if (kind.Private) notes.Add("private");
        notes.AddRange(kind.Deadlines.Select(d => $"{Time.DurationText.Format(d.Within)} {d.Key} clock"));
        return notes.Count == 0 ? $"{kind.Key} - {kind.Name}" : $"{kind.Key} - {kind.Name} ({string.Join(", ", notes)})";
    }

    public static Form Update(Incident incident) => new(
        Commands.PostUpdate.FormId,
        $"Update {incident.Number}",
        "Post update",
        [
            new(Status, "Status", FormFieldKind.Select, true,
                [new("investigating", "Investigating"), new("identified", "Identified"), new("monitoring", "Monitoring")],
                Initial: incident.Status is IncidentStatus.Resolved or IncidentStatus.Closed ? null : incident.Status.ToString().ToLowerInvariant()),
            new(Message, "What changed, what is being done", FormFieldKind.LongText, true),
        ],
        incident.Number);
}
