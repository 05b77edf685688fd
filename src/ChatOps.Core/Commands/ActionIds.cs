namespace ChatOps.Core.Commands;

/// <summary>Stable ids of every button and form; each has a handler in <see cref="IncidentService"/>.</summary>
public static class ActionIds
{
    public const string Acknowledge = "incident.ack";
    public const string PostUpdate = "incident.update";
    public const string Triage = "incident.triage";
    public const string Escalate = "incident.escalate";
    public const string Resolve = "incident.resolve";
    public const string TriageAnswer = "triage.answer";

    public const string DeclareForm = "form.declare";
    public const string UpdateForm = "form.update";

    public static readonly IReadOnlyList<string> Buttons = [Acknowledge, PostUpdate, Triage, Escalate, Resolve, TriageAnswer];

    public static readonly IReadOnlyList<string> Forms = [DeclareForm, UpdateForm];
}
