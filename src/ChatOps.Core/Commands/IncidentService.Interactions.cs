using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;

namespace ChatOps.Core.Commands;

/// <summary>Button presses and form submissions, mapped onto the same commands as typed text.</summary>
public sealed partial class IncidentService
{
    /// <summary>A button press: <paramref name="value"/> names the incident (and the answer, for triage).</summary>
    public Task<CommandReply> PressAsync(CommandContext context, string actionId, string value, CancellationToken ct = default) =>
        AuditedAsync(context, CommandText.Button(actionId, value), () => PressedAsync(context, actionId, value, ct), ct);

    private async Task<CommandReply> PressedAsync(CommandContext context, string actionId, string value, CancellationToken ct)
    {
        if (ButtonCommand(actionId, value, out var number) is not { } command) return UnknownButton(actionId, value);
        var incident = await store.FindByNumberAsync(number, ct);
        if (incident is null) return NoIncident(number);
        return await ApplyAsync(context, incident, command, ct);
    }

    /// <summary>A submitted form; field errors come back without any change.</summary>
    public Task<FormOutcome> SubmitAsync(CommandContext context, string formId, IReadOnlyDictionary<string, string> values, string formContext = "", CancellationToken ct = default) =>
        AuditedAsync(context, CommandText.Form(formId, values), () => formId switch
        {
            ActionIds.DeclareForm => SubmitDeclareAsync(context, values, ct),
            ActionIds.UpdateForm => SubmitUpdateAsync(context, formContext, values, ct),
            _ => Task.FromResult(FormOutcome.Done(UnknownForm(formId))),
        }, ct);

    private async Task<FormOutcome> SubmitUpdateAsync(CommandContext context, string number, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        var incident = await store.FindByNumberAsync(number, ct);
        if (incident is null) return FormOutcome.Done(NoIncident(number));
        Authorise(context, Access.IncidentAction.Update, incident);
        var errors = UpdateFormErrors(values);
        if (errors.Count > 0) return FormOutcome.Invalid(errors);
        CommandParser.TryParseStatus(Value(values, IncidentForms.Status), out var status);
        return FormOutcome.Done(await PostUpdateAsync(context, incident, new PostUpdateCommand(status, Value(values, IncidentForms.Message)), ct));
    }

    private static Dictionary<string, string> UpdateFormErrors(IReadOnlyDictionary<string, string> values)
    {
        var errors = new Dictionary<string, string>();
        if (!CommandParser.TryParseStatus(Value(values, IncidentForms.Status), out _))
            errors[IncidentForms.Status] = "Choose investigating, identified or monitoring.";
        if (Value(values, IncidentForms.Message).Length == 0) errors[IncidentForms.Message] = "Say what changed and what is being done.";
        return errors;
    }

    /// <summary>
    /// The field errors of a form, checked without changing anything, so a front end can answer a submission
    /// at once (Slack's <c>response_action: errors</c>) and do the work afterwards.
    /// </summary>
    public IReadOnlyDictionary<string, string> ValidateSubmission(string formId, IReadOnlyDictionary<string, string> values) =>
        formId switch
        {
            ActionIds.DeclareForm => DeclareFormErrors(values),
            ActionIds.UpdateForm => UpdateFormErrors(values),
            _ => new Dictionary<string, string>(),
        };
}
