using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Messaging;

/// <summary>The declare and status-update forms.</summary>
public static class IncidentForms
{
    public const string Title = "title";
    public const string Severity = "severity";
    public const string Services = "services";
    public const string Impact = "impact";
    public const string Description = "description";
    public const string Private = "private";
    public const string Status = "status";
    public const string Message = "message";

    public const int MaxTitleLength = 150;

    public static Form Declare(Runbook runbook) => new(
        ActionIds.DeclareForm,
        "Declare an incident",
        "Declare",
        [
            new(Title, "Title", FormFieldKind.Text, true, Hint: "Clear, descriptive: what is broken"),
            new(Severity, "Severity", FormFieldKind.Select, true,
                runbook.Severities.Select(s => new FormChoice(s.Key, $"{s.Key} - {s.Name}")).ToList()),
            new(Services, "Affected services", FormFieldKind.Text, false, Hint: "e.g. API, Webhooks, Payment Processing"),
            new(Impact, "Impact", FormFieldKind.LongText, false, Hint: "Who is affected and how"),
            new(Description, "Description", FormFieldKind.LongText, false),
            new(Private, "Private incident (private channel, not announced)", FormFieldKind.Checkbox, false),
        ]);

    public static Form Update(Incident incident) => new(
        ActionIds.UpdateForm,
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
