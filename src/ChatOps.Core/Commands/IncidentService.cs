using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Commands;

/// <summary>
/// Turns user intents into incident changes: loads the incident, lets the aggregate apply its rules, saves the
/// incident together with its re-planned reminders, then posts what changed. One instance per unit of work.
/// </summary>
public sealed partial class IncidentService(
    Runbook runbook,
    IIncidentStore store,
    IChatPlatform chat,
    IPostMortemArchive archive,
    TimeProvider time,
    IDeliveryReport? delivery = null)
{
    public const string BotName = "ChatOps";

    /// <summary>Parses and runs a command line typed by a user.</summary>
    public Task<CommandReply> RunAsync(CommandContext context, string text, CancellationToken ct = default)
    {
        var parsed = CommandParser.Parse(text);
        return parsed.Command is { } command
            ? ExecuteAsync(context, command, ct)
            : Task.FromResult(CommandReply.Error(parsed.Error!));
    }

    public async Task<CommandReply> ExecuteAsync(CommandContext context, IncidentCommand command, CancellationToken ct = default)
    {
        try
        {
            return command switch
            {
                DeclareCommand declare => await DeclareAsync(context, declare, ct),
                ListCommand => await ListAsync(ct),
                HelpCommand => Help(),
                StatusCommand => await StatusAsync(context, ct),
                _ => await InChannelIncidentAsync(context, command, ct),
            };
        }
        catch (IncidentRuleException rule)
        {
            return CommandReply.Error(rule.Message);
        }
    }

    private async Task<CommandReply> InChannelIncidentAsync(CommandContext context, IncidentCommand command, CancellationToken ct)
    {
        var incident = await store.FindByChannelAsync(context.ChannelId, ct);
        return incident is null
            ? CommandReply.Error("This is not an incident channel. Run the command in the incident's channel (see /incident list), or declare one with /incident declare <SEV> <title>.")
            : await ApplyAsync(context, incident, command, ct);
    }

    private Task<CommandReply> ApplyAsync(CommandContext context, Incident incident, IncidentCommand command, CancellationToken ct) =>
        command switch
        {
            AcknowledgeCommand => AcknowledgeAsync(context, incident, ct),
            PostUpdateCommand update => PostUpdateAsync(context, incident, update, ct),
            ChangeSeverityCommand sev => ChangeSeverityAsync(context, incident, sev, ct),
            AssignRoleCommand role => AssignRoleAsync(context, incident, role, ct),
            TriageCommand => TriageAsync(incident, ct),
            AnswerTriageCommand answer => AnswerTriageAsync(context, incident, answer, ct),
            EscalateCommand escalate => EscalateAsync(context, incident, escalate, ct),
            AddNoteCommand note => AddNoteAsync(context, incident, note, ct),
            ResolveCommand resolve => ResolveAsync(context, incident, resolve, ct),
            CloseCommand => CloseAsync(context, incident, ct),
            _ => Task.FromResult(CommandReply.Error($"'{command}' does not apply to an incident.")),
        };

    private DateTimeOffset Now => time.GetUtcNow();

    private Severity SeverityOf(Incident incident) =>
        runbook.FindSeverity(incident.SeverityKey)
        ?? throw new IncidentRuleException($"{incident.Number} has severity {incident.SeverityKey}, which this runbook no longer defines; set one of {runbook.SeverityKeys} with /incident sev <SEV>.");

    private Severity RequireSeverity(string key) =>
        runbook.FindSeverity(key)
        ?? throw new IncidentRuleException(runbook.UnknownSeverity(key));

    /// <summary>Saves the incident with a fresh reminder plan and refreshes its pinned card.</summary>
    private async Task SaveAsync(Incident incident, CancellationToken ct)
    {
        await store.SaveAsync(incident, ReminderPlanner.Plan(incident, runbook), ct);
        if (incident.CardMessageId is { } card)
            await chat.UpdateAsync(incident.ChannelId, card, new ChatMessage($"{incident.Number}: {incident.Title}", IncidentCards.Incident(incident, runbook)), ct);
    }

    private Task<string> PostAsync(Incident incident, string text, IReadOnlyList<string>? mentions = null, CancellationToken ct = default) =>
        chat.PostAsync(incident.ChannelId, new ChatMessage(text, null, mentions), ct);

    /// <summary>Posts a card; its title doubles as the notification text platforms show.</summary>
    private Task<string> PostCardAsync(Incident incident, Card card, IReadOnlyList<string>? mentions = null, CancellationToken ct = default) =>
        chat.PostAsync(incident.ChannelId, new ChatMessage(card.Title, card, mentions), ct);

    private static CommandReply Help() => new($"Commands:\n{CommandParser.Usage}");
}
