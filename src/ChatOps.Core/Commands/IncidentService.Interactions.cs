using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;

namespace ChatOps.Core.Commands;

/// <summary>Button presses and form submissions, mapped onto the same commands as typed text.</summary>
public sealed partial class IncidentService
{
    /// <summary>A button press: <paramref name="value"/> names the incident (and the answer, for triage).</summary>
    public async Task<CommandReply> PressAsync(CommandContext context, string actionId, string value, CancellationToken ct = default)
    {
        int? fromTier = null;
        var number = actionId == ActionIds.Escalate ? EscalateValue.Parse(value, out fromTier) : value;
        IncidentCommand? command = actionId switch
        {
            ActionIds.Acknowledge => new AcknowledgeCommand(),
            ActionIds.PostUpdate => new PostUpdateCommand(null, null),
            ActionIds.Triage => new TriageCommand(),
            ActionIds.Escalate => new EscalateCommand(null, fromTier),
            ActionIds.Resolve => new ResolveCommand(null),
            ActionIds.TriageAnswer when TriageAnswerValue.TryParse(value, out number, out var question, out var answer) => new AnswerTriageCommand(question, answer),
            _ => null,
        };
        if (command is null) return CommandReply.Error($"Unknown button '{actionId}'. This card may come from an older version; run /incident status for a fresh one.");
        var incident = await store.FindByNumberAsync(number, ct);
        if (incident is null) return CommandReply.Error($"No incident {number}; see /incident list.");
        try
        {
            return await ApplyAsync(context, incident, command, ct);
        }
        catch (IncidentRuleException rule)
        {
            return CommandReply.Error(rule.Message);
        }
    }

    /// <summary>A submitted form; field errors come back without any change.</summary>
    public async Task<FormOutcome> SubmitAsync(CommandContext context, string formId, IReadOnlyDictionary<string, string> values, string formContext = "", CancellationToken ct = default)
    {
        try
        {
            return formId switch
            {
                ActionIds.DeclareForm => await SubmitDeclareAsync(context, values, ct),
                ActionIds.UpdateForm => await SubmitUpdateAsync(context, formContext, values, ct),
                _ => FormOutcome.Done(CommandReply.Error($"Unknown form '{formId}'.")),
            };
        }
        catch (IncidentRuleException rule)
        {
            return FormOutcome.Done(CommandReply.Error(rule.Message));
        }
    }

    private async Task<FormOutcome> SubmitUpdateAsync(CommandContext context, string number, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        var incident = await store.FindByNumberAsync(number, ct);
        if (incident is null) return FormOutcome.Done(CommandReply.Error($"No incident {number}; see /incident list."));
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
