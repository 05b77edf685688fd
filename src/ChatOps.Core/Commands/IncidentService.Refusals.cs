using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Commands;

/// <summary>
/// What can be refused before an intent is stored: input that names something that does not exist (a severity, an
/// incident, a button, a form, a triage question) or breaks a rule that does not depend on the incident's state (an
/// empty or over-long title, a command outside an incident channel). Front ends ask first, so such input gets its
/// answer at once and never waits in an inbox; whatever depends on the incident's state is judged when the intent is
/// carried out. Each method returns the reply to show, or null when the intent may go ahead.
/// </summary>
public sealed partial class IncidentService
{
    public const string NotAnIncidentChannel =
        "This is not an incident channel. Run the command in the incident's channel (see /incident list), or declare one with /incident declare <SEV> <title>.";

    public async Task<CommandReply?> RefuseAsync(CommandContext context, IncidentCommand command, CancellationToken ct = default)
    {
        try
        {
            switch (command)
            {
                case DeclareCommand { Severity: not null, Title: not null } declare:
                    RequireKind(declare.Details?.Kind);
                    CheckDeclaration(declare.Severity, declare.Title);
                    return null;
                case DeclareCommand or ListCommand or HelpCommand or StatusCommand:
                    return null;
                default:
                    if (await store.FindByChannelAsync(context.ChannelId, ct) is null) return CommandReply.Error(NotAnIncidentChannel);
                    CheckNames(command);
                    return null;
            }
        }
        catch (IncidentRuleException rule)
        {
            return CommandReply.Error(rule.Message);
        }
    }

    public async Task<CommandReply?> RefusePressAsync(string actionId, string value, CancellationToken ct = default)
    {
        if (ButtonCommand(actionId, value, out var number) is not { } command) return UnknownButton(actionId, value);
        if (await store.FindByNumberAsync(number, ct) is null) return NoIncident(number);
        try
        {
            CheckNames(command);
            return null;
        }
        catch (IncidentRuleException rule)
        {
            return CommandReply.Error(rule.Message);
        }
    }

    /// <summary>A form this engine never made, or an update form for an incident that does not exist.</summary>
    public async Task<CommandReply?> RefuseSubmissionAsync(string formId, string formContext, CancellationToken ct = default) =>
        formId switch
        {
            ActionIds.DeclareForm => null,
            ActionIds.UpdateForm => await store.FindByNumberAsync(formContext, ct) is null ? NoIncident(formContext) : null,
            _ => UnknownForm(formId),
        };

    /// <summary>Whether events in this channel (a pinned message, someone joining) concern an incident.</summary>
    public async Task<bool> IsIncidentChannelAsync(string channelId, CancellationToken ct = default) =>
        channelId.Length > 0 && await store.FindByChannelAsync(channelId, ct) is not null;

    /// <summary>The severity exists and the title, once cleaned, is neither empty nor too long.</summary>
    private Severity CheckDeclaration(string severityKey, string title)
    {
        var severity = RequireSeverity(severityKey);
        var clean = CleanTitle(title);
        if (clean.Length == 0) throw new IncidentRuleException("A declaration needs a title: /incident declare <SEV> <title...>.");
        if (clean.Length > IncidentForms.MaxTitleLength)
            throw new IncidentRuleException($"The title is {clean.Length} characters; keep it to {IncidentForms.MaxTitleLength} and put the rest in the description.");
        return severity;
    }

    /// <summary>Severities and triage questions and answers the command names are in the runbook.</summary>
    private void CheckNames(IncidentCommand command)
    {
        switch (command)
        {
            case ChangeSeverityCommand sev:
                RequireSeverity(sev.Severity);
                break;
            case AnswerTriageCommand answer:
                FindTriageAnswer(answer);
                break;
        }
    }

    /// <summary>The command a button stands for, and the incident its value names; null for a button this engine never made.</summary>
    private static IncidentCommand? ButtonCommand(string actionId, string value, out string number)
    {
        int? fromTier = null;
        number = actionId == ActionIds.Escalate ? EscalateValue.Parse(value, out fromTier) : value;
        return actionId switch
        {
            ActionIds.Acknowledge => new AcknowledgeCommand(),
            ActionIds.PostUpdate => new PostUpdateCommand(null, null),
            ActionIds.Triage => new TriageCommand(),
            ActionIds.Escalate => new EscalateCommand(null, fromTier),
            ActionIds.Resolve => new ResolveCommand(null),
            ActionIds.TriageAnswer when TriageAnswerValue.TryParse(value, out number, out var question, out var answer) => new AnswerTriageCommand(question, answer),
            _ => null,
        };
    }

    private static CommandReply UnknownButton(string actionId, string value) =>
        CommandReply.Error(actionId == ActionIds.TriageAnswer
            ? $"That triage answer's value '{value}' is not one this bot makes; run /incident triage for the current question."
            : $"Unknown button '{actionId}'. This card may come from an older version; run /incident status for a fresh one.");

    private static CommandReply UnknownForm(string formId) =>
        CommandReply.Error($"Unknown form '{formId}'. It may come from an older version; run the command again for a fresh one.");

    private static CommandReply NoIncident(string number) =>
        CommandReply.Error(number.Length == 0
            ? "This names no incident; run /incident status in the incident's channel for a fresh card."
            : $"No incident {number}; see /incident list.");
}
