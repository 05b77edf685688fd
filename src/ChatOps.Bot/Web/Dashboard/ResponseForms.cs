using System.Globalization;
using System.Text;
using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The incident page's response forms, each the command chat runs: notify an audience (<c>/incident notify</c>, the
/// runbook's audiences, those the severity must tell first), change the severity (<c>/incident sev</c>), escalate (as
/// the card's button does: carrying the tier shown, so two presses go up once) and resolve (<c>/incident resolve
/// [--false-alarm] [summary]</c>).
/// </summary>
public static class ResponseForms
{
    public const string Audience = "notify-audience";
    public const string NotifyMessage = "notify-message";
    public const string Severity = "severity";
    public const string SeverityReason = "severity-reason";
    public const string EscalateReason = "escalate-reason";
    public const string EscalateTier = "escalate-tier";
    public const string Summary = "resolve-summary";
    public const string FalseAlarm = "resolve-false-alarm";

    public static string Forms(Incident incident, Runbook runbook, string antiforgery, TypedValues typed)
    {
        var at = DashboardRoutes.Incident(incident.Number);
        var html = new StringBuilder();
        if (runbook.Audiences.Count > 0 && incident.Status != IncidentStatus.Closed)
        {
            var form = Notify.NotifyForm(runbook, incident).Fields[0];
            html.Append($"<form method=\"post\" action=\"{at}/notify\">{antiforgery}")
                .Append(Html.Select("r-audience", Audience, "Audience", typed.Get(Audience, form.Initial), form.Choices!.Select(c => (c.Value, c.Label))))
                .Append($"<label for=\"r-notify\">Message to them</label><textarea id=\"r-notify\" name=\"{NotifyMessage}\" rows=\"1\" maxlength=\"3000\" placeholder=\"Left empty: a message from the affected services\">{typed.Area(NotifyMessage)}</textarea>")
                .Append("<button type=\"submit\">Notify</button></form>");
        }
        if (!incident.IsActive) return html.ToString();
        html.Append($"<form method=\"post\" action=\"{at}/severity\">{antiforgery}")
            .Append(Html.Select("r-severity", Severity, "Severity", typed.Get(Severity, incident.SeverityKey), runbook.Severities.Select(s => (s.Key, $"{s.Key} ({s.Name})"))))
            .Append(Html.Input("r-severity-reason", SeverityReason, "Why", typed.Get(SeverityReason), extra: " maxlength=\"500\""))
            .Append("<button type=\"submit\">Change severity</button></form>");
        html.Append($"<form method=\"post\" action=\"{at}/escalate\">{antiforgery}")
            .Append($"<input type=\"hidden\" name=\"{EscalateTier}\" value=\"{incident.EscalationTier.ToString(CultureInfo.InvariantCulture)}\">")
            .Append(Html.Input("r-escalate-reason", EscalateReason, "Escalation reason", typed.Get(EscalateReason), extra: " maxlength=\"500\""))
            .Append("<button type=\"submit\">Escalate</button></form>");
        html.Append($"<form method=\"post\" action=\"{at}/resolve\">{antiforgery}")
            .Append($"<label for=\"r-summary\">Resolution summary</label><textarea id=\"r-summary\" name=\"{Summary}\" rows=\"1\" maxlength=\"3000\">{typed.Area(Summary)}</textarea>")
            .Append($"<span><input type=\"checkbox\" id=\"r-false-alarm\" name=\"{FalseAlarm}\"{(typed.Checked(FalseAlarm) ? " checked" : "")}> <label for=\"r-false-alarm\">False alarm</label></span>")
            .Append("<button type=\"submit\" class=\"danger\">Resolve</button></form>");
        return html.ToString();
    }

    public static ParseResult ReadNotify(IFormCollection form) =>
        form[Audience].ToString().Trim() is { Length: > 0 } audience
            ? new NotifyCommand(audience, form[NotifyMessage].ToString().Trim() is { Length: > 0 } message ? message : null)
            : ParseResult.Fail("Choose the audience to tell.");

    public static ParseResult ReadSeverity(IFormCollection form) =>
        form[Severity].ToString().Trim() is { Length: > 0 } severity
            ? new ChangeSeverityCommand(severity, NullIfEmpty(form[SeverityReason]))
            : ParseResult.Fail("Choose the new severity.");

    public static ParseResult ReadEscalate(IFormCollection form) =>
        new EscalateCommand(NullIfEmpty(form[EscalateReason]),
            int.TryParse(form[EscalateTier].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var tier) ? tier : null);

    public static ParseResult ReadResolve(IFormCollection form) =>
        new ResolveCommand(NullIfEmpty(form[Summary]), FalseAlarm: form[FalseAlarm].ToString() is "on" or "true");

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => value.ToString().Trim() is { Length: > 0 } text ? text : null;
}
